package org.koryu.it;

import java.sql.SQLException;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * The Payara Micro adapter, deploying once per test run: the first deployment starts Payara Micro
 * with Koryu's WAR; later classes deploying the same archive get the same instance; the container
 * stops when the run ends. Every IT class deploys {@link KoryuDeployment#war()}, so sharing is safe.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private final PayaraMicroDeployableContainer delegate = new PayaraMicroDeployableContainer();
    private static Archive<?> deployed;
    private static ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return delegate.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        delegate.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        delegate.start();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed == null) {
            try {
                FreshDatabase.prepare();
            } catch (SQLException e) {
                throw new DeploymentException(e.getMessage(), e);
            }
            long begin = System.nanoTime();
            metaData = delegate.deploy(archive);
            deployed = archive;
            LOG.info(() -> "Payara Micro with Koryu started in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("Only one deployment (" + deployed.getName() + ") is shared; " + archive.getName()
                    + " would need its own Payara Micro");
        }
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept for the next class; stop() ends it.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                delegate.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("Stopping Payara Micro failed", e);
            } finally {
                deployed = null;
            }
        }
        delegate.stop();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return delegate.getDefaultProtocol();
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Descriptors are not deployed");
    }
}
