package org.arbiter.notifications;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Delivers the webhook outbox: every interval it leases due notifications (each node takes its own, so
 * several nodes share the work), posts them, and records success or schedules the retry. One non-persistent
 * interval timer per node: the outbox table, not the timer service, knows what is due.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 10;

    @Resource
    TimerService timers;

    @Inject
    NotificationSettings settings;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookClient client;

    private final AtomicBoolean sending = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (settings.webhookConfigured() && !settings.webhookEnabled()) {
            LOG.log(Level.ERROR, "The webhook is NOT running: arbiter.notifications.webhook.secret must be set, at least "
                    + NotificationSettings.MIN_SECRET_LENGTH + " characters, to sign deliveries; only the in-app inbox is used");
        }
        if (settings.webhookEnabled()) {
            long every = settings.interval().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig("webhook-sender", false));
            LOG.log(Level.INFO, "Webhook notifications go to {0}", settings.webhookUrl());
        }
    }

    @Timeout
    void send() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            WebhookDeliveries.Leased due;
            do {
                due = deliveries.lease(BATCH);
                for (WebhookDelivery delivery : due.deliveries()) {
                    Optional<String> failure = client.deliver(delivery);
                    if (failure.isEmpty()) {
                        deliveries.delivered(delivery.id(), due.until());
                    } else {
                        deliveries.failed(delivery.id(), due.until(), failure.get());
                    }
                }
            } while (due.deliveries().size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery round failed; the outbox keeps what was not delivered", e);
        } finally {
            sending.set(false);
        }
    }
}
