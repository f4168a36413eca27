package org.arbiter.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.logistics.SnapshotLogistics;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.integration.order.OrderSnapshots;
import org.arbiter.integration.payment.OrderSnapshotPayments;
import org.arbiter.integration.payment.PaymentPort;

/**
 * Chooses the adapter behind each marketplace port. The adapters are typed to their own classes, so the rest of
 * the code can only ask for the ports, and gets them here.
 */
@ApplicationScoped
public class IntegrationPorts {

    @Inject
    OrderSnapshots orderSnapshots;

    @Inject
    OrderSnapshotPayments snapshotPayments;

    @Inject
    SnapshotLogistics snapshotLogistics;

    @Produces
    @ApplicationScoped
    OrderPort orders() {
        return orderSnapshots;
    }

    @Produces
    @ApplicationScoped
    PaymentPort payments() {
        return snapshotPayments;
    }

    @Produces
    @ApplicationScoped
    LogisticsPort logistics() {
        return snapshotLogistics;
    }
}
