/**
 * What the bytes of an upload say about themselves, read with well-kept libraries and never taken from the
 * client: the media type (Apache Tika's magic and text detection), a photo's capture time and location
 * (Apache Commons Imaging), the timestamps of a chat export; and a photo's copy without its metadata for the
 * other party. Pure classes, tested without a server.
 */
package org.arbiter.evidence.content;
