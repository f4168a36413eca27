package org.arbiter.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR under test: exactly the file the build produced. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The build's EAR, deployed under a name of the test class's own ({@code arbiter-PlatformIT.ear}), so that a
     * failure names the class whose deployment it was and no deployment reuses a name being removed.
     */
    static EnterpriseArchive arbiterEar() {
        String testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getSimpleName();
        return ShrinkWrap.create(ZipImporter.class, deploymentName(testClass))
                .importFrom(new File(System.getProperty("arbiter.it.ear", "target/arbiter.ear")))
                .as(EnterpriseArchive.class);
    }

    static String deploymentName(String testClass) {
        return "arbiter-" + testClass + ".ear";
    }
}
