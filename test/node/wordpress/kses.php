<?php
// Runs WordPress's own kses on the HTML read from standard input and prints what it keeps.
// `php kses.php <wordpress-dir>` filters as a post is filtered for a user without
// `unfiltered_html`; `php kses.php <wordpress-dir> <attribute> …` first allows <fx-ticker> with
// those attributes through the `wp_kses_allowed_html` filter, as a theme's functions.php or a
// small plugin does (docs/cms.md). Only the files kses needs are loaded: no database, no site.
$root = $argv[1];
$attributes = array_slice($argv, 2);
define('ABSPATH', rtrim($root, '/') . '/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';

if ($attributes) {
    add_filter('wp_kses_allowed_html', function ($tags, $context) use ($attributes) {
        if ($context === 'post') $tags['fx-ticker'] = array_fill_keys($attributes, true);
        return $tags;
    }, 10, 2);
}

// wp_filter_post_kses() is what the content_save_pre filter runs for such a user: slashed in, slashed out.
echo stripslashes(wp_filter_post_kses(addslashes(stream_get_contents(STDIN))));
