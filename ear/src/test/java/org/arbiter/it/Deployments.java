package org.arbiter.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR under test: exactly the file the build produced. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive arbiterEar() {
        File ear = new File(System.getProperty("arbiter.it.ear", "target/arbiter.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
