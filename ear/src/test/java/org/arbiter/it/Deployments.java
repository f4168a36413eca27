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
     * The build's EAR, deployed under a name of the test class's own ({@code arbiter-PlatformIT.ear}). Test
     * classes deploy one after the other within seconds; with one name for all, WildFly now and then let the
     * next deployment's CDI bootstrap look up the persistence unit service while the previous deployment's
     * was still being removed (ServiceNotFoundException in WeldStartService).
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
