package org.arbiter.evidence;

import java.nio.file.Path;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Evidence limits and where the bytes live, from configuration ({@code arbiter.evidence.*}). */
@ApplicationScoped
public class EvidenceSettings {

    @Inject
    @ConfigProperty(name = "arbiter.evidence.max-file-bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "arbiter.evidence.max-side-bytes")
    long maxSideBytes;

    @Inject
    @ConfigProperty(name = "arbiter.evidence.store-dir")
    String storeDirectory;

    @Inject
    @ConfigProperty(name = "arbiter.evidence.local-zone")
    String localZone;

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The limit on each side's evidence on a case: the complainant's, the respondent's and staff's. */
    public long maxSideBytes() {
        return maxSideBytes;
    }

    /** The zone in which times without one (EXIF, most chat exports) are read. */
    public ZoneId localZone() {
        return ZoneId.of(localZone);
    }

    public Path storeDirectory() {
        return Path.of(storeDirectory);
    }
}
