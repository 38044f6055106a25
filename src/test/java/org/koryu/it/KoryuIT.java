package org.koryu.it;

import java.net.URI;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of integration tests: Koryu's WAR on a real Payara Micro in demo mode, shared by all IT
 * classes, on a real database: embedded Derby in target/it-data, or PostgreSQL in the second run
 * (see the failsafe executions in the pom); tests talk HTTP to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class KoryuIT {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KoryuDeployment.war();
    }

    protected URI uri(String path) {
        return URI.create(base.toString().replaceFirst("/$", "") + path);
    }

    protected Api api() {
        return new Api(uri(""));
    }

    /** Fires a workflow transition on an item as an account. */
    protected Api.Answer fire(String user, long id, String transition) {
        return api().as(user).fire(id, "{\"transition\":\"" + transition + "\"}");
    }

    /** Publishes an item the way people do: the editor submits, the supervisor approves. */
    protected void publish(long id) {
        Api.Answer submitted = fire("editor", id, "submit");
        org.assertj.core.api.Assertions.assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Api.Answer approved = fire("supervisor", id, "approve");
        org.assertj.core.api.Assertions.assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    }
}
