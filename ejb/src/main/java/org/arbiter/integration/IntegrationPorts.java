package org.arbiter.integration;

import java.lang.System.Logger.Level;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.arbiter.integration.http.MarketplaceClient;
import org.arbiter.integration.http.MarketplaceLogistics;
import org.arbiter.integration.http.MarketplaceOrders;
import org.arbiter.integration.http.MarketplacePayments;
import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.logistics.SnapshotLogistics;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.integration.order.OrderSnapshots;
import org.arbiter.integration.payment.OrderSnapshotPayments;
import org.arbiter.integration.payment.PaymentPort;

/**
 * Chooses the adapter behind each marketplace port by {@code arbiter.integration.mode}: {@code snapshots} (the
 * default) answers from what the marketplace pushed to Arbiter; {@code http} asks the marketplace's REST API
 * (docs/INTEGRATION.md). The adapters are typed to their own classes, so the rest of the code can only ask for
 * the ports, and gets them here. A wrong setting stops the deployment with its name, not the first request.
 */
@ApplicationScoped
public class IntegrationPorts {

    private static final System.Logger LOG = System.getLogger(IntegrationPorts.class.getName());

    @Inject
    IntegrationSettings settings;

    @Inject
    OrderSnapshots orderSnapshots;

    @Inject
    OrderSnapshotPayments snapshotPayments;

    @Inject
    SnapshotLogistics snapshotLogistics;

    @Inject
    Clock clock;

    private MarketplaceClient client;

    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        IntegrationSettings.Mode mode = settings.mode();
        if (mode == IntegrationSettings.Mode.HTTP) {
            LOG.log(Level.INFO, "Order, payment and logistics facts come from the marketplace at {0}",
                    settings.http().baseUrl());
        } else {
            LOG.log(Level.INFO, "Order, payment and logistics facts come from the snapshots the marketplace pushes");
        }
    }

    @Produces
    @ApplicationScoped
    OrderPort orders() {
        return http() ? new MarketplaceOrders(client(), settings.reportedTimes(), clock) : orderSnapshots;
    }

    @Produces
    @ApplicationScoped
    PaymentPort payments() {
        return http() ? new MarketplacePayments(client(), settings.reportedTimes(), clock) : snapshotPayments;
    }

    @Produces
    @ApplicationScoped
    LogisticsPort logistics() {
        return http() ? new MarketplaceLogistics(client(), settings.reportedTimes(), clock) : snapshotLogistics;
    }

    private boolean http() {
        return settings.mode() == IntegrationSettings.Mode.HTTP;
    }

    /** One HTTP client for the three adapters. */
    private synchronized MarketplaceClient client() {
        if (client == null) {
            client = new MarketplaceClient(settings.http());
        }
        return client;
    }
}
