package org.amilab.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amilab.content.dir} (AMILAB_CONTENT_DIR): a content folder on disk that an instructor edits
 * without rebuilding; changes show on the next page load. Empty: the content shipped in the jar.
 */
@ConfigurationProperties("amilab.content")
record ContentProperties(String dir) {
}
