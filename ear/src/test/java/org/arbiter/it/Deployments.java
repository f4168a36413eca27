package org.arbiter.it;

import java.io.File;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR under test: exactly the file the build produced. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The build's EAR, deployed under a name of the test class's own ({@code arbiter-PlatformIT.ear}), so that a
     * failure names the class whose deployment it was and no deployment reuses a name being removed.
     */
    static EnterpriseArchive arbiterEar() {
        return builtEar(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getSimpleName());
    }

    private static EnterpriseArchive builtEar(String testClass) {
        return ShrinkWrap.create(ZipImporter.class, deploymentName(testClass))
                .importFrom(new File(System.getProperty("arbiter.it.ear", "target/arbiter.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The build's EAR with an in-container test in its WAR, where Arquillian's servlet protocol runs it (AssertJ
     * beside it), and helpers in its EJB module, where the persistence unit is.
     */
    static EnterpriseArchive withTestInside(Class<?> test, Class<?>... ejbHelpers) throws Exception {
        EnterpriseArchive ear = builtEar(test.getSimpleName());
        JavaArchive ejb = ShrinkWrap.create(ZipImporter.class, "arbiter-ejb.jar")
                .importFrom(ear.get("/arbiter-ejb.jar").getAsset().openStream()).as(JavaArchive.class);
        ejb.addClasses(ejbHelpers);
        WebArchive web = ShrinkWrap.create(ZipImporter.class, "arbiter-web.war")
                .importFrom(ear.get("/arbiter-web.war").getAsset().openStream()).as(WebArchive.class);
        web.addClass(test);
        web.addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        ear.delete("/arbiter-ejb.jar");
        ear.delete("/arbiter-web.war");
        ear.addAsModule(ejb);
        ear.addAsModule(web);
        return ear;
    }

    static String deploymentName(String testClass) {
        return "arbiter-" + testClass + ".ear";
    }
}
