package org.koryu.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR Maven built (target/ROOT.war), deployed as it is: tests run against what users run. */
public final class KoryuDeployment {

    private KoryuDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("koryu.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'package' (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
