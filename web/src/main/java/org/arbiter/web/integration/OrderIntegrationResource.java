package org.arbiter.web.integration;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.arbiter.api.integration.LogisticsEventRequest;
import org.arbiter.api.integration.OrderIntegrationApi;
import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.api.integration.OrderSnapshotView;
import org.arbiter.integration.order.OrderIntegrationService;
import org.arbiter.integration.order.OrderPushes;
import org.arbiter.shared.Caller;
import org.arbiter.web.security.PlatformOnly;

@Path(OrderIntegrationApi.PATH)
@RequestScoped
@PlatformOnly
public class OrderIntegrationResource implements OrderIntegrationApi {

    @Inject
    Caller caller;

    @Inject
    OrderIntegrationService orders;

    @Inject
    OrderPushes pushes;

    @Override
    public Response pushOrder(OrderSnapshotRequest snapshot) {
        OrderIntegrationService.Pushed pushed = pushes.push(caller, snapshot);
        if (pushed.created()) {
            return Response.created(URI.create("integration/orders/" + snapshot.orderId())).entity(pushed.view()).build();
        }
        return Response.ok(pushed.view()).build();
    }

    @Override
    public OrderSnapshotView getOrder(String orderId) {
        return orders.get(caller, orderId);
    }

    @Override
    public Response recordLogisticsEvent(String orderId, LogisticsEventRequest event) {
        OrderIntegrationService.RecordedScan recorded = orders.recordLogisticsEvent(caller, orderId, event);
        return Response.status(recorded.stored() ? Response.Status.CREATED : Response.Status.OK)
                .entity(recorded.view()).build();
    }
}
