<?php
// fx-ticker prerendered into a WordPress theme: the rates are in the HTML of every page, before
// (and without) JavaScript. Copy into the theme's functions.php (or a small plugin), then:
//
// 1. Create the fragment once, with the element as the site wants it (a fragment has no
//    <html lang>, so give the element its locale):
//        mkdir -p wp-content/uploads/fx-ticker
//        echo '<fx-ticker locale="ru" symbols="KGS KZT UZS TJS TMT"></fx-ticker>' > wp-content/uploads/fx-ticker/ticker.html
// 2. Redraw it from the server's cron every five minutes (as the user that owns the files):
//        */5 * * * * cd /var/www/wordpress && npx --yes --package fx-ticker@0 fx-ticker-feed --prerender wp-content/uploads/fx-ticker/ticker.html 2>> /var/log/fx-ticker-feed.log
//    The command writes the file atomically and leaves it as it was when anything fails, so the
//    theme always includes a whole fragment.
// 3. Call fx_ticker_prerendered() where the strip goes (header.php), or use [fx_ticker].
//
// Under a Content-Security-Policy, add to style-src the hash the command prints
// (docs/prerender.md, "Content-Security-Policy").

/** The element's script, deferred: the parser attaches the prerendered strip before it runs. */
add_action('wp_enqueue_scripts', function () {
    wp_enqueue_script(
        'fx-ticker',
        'https://cdn.jsdelivr.net/npm/fx-ticker@0/dist/fx-ticker.js',
        [],
        null,
        ['strategy' => 'defer', 'in_footer' => false]
    );
});

/** Prints the prerendered fragment, or nothing if cron has not written it yet. */
function fx_ticker_prerendered(): void
{
    $fragment = wp_upload_dir()['basedir'] . '/fx-ticker/ticker.html';
    if (is_readable($fragment)) {
        // The fragment is the site's own file, written by fx-ticker-feed: printed as it is.
        readfile($fragment);
    }
}

add_shortcode('fx_ticker', function (): string {
    ob_start();
    fx_ticker_prerendered();
    return (string) ob_get_clean();
});
