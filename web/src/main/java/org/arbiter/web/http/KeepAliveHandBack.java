package org.arbiter.web.http;

import java.util.concurrent.RejectedExecutionException;

import jakarta.servlet.ServletContext;

import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

/**
 * Hands a finished request's connection back to the keep-alive loop on its I/O thread, instead of letting the
 * worker thread that ran the request do it.
 *
 * <p>Why: when a worker thread ends an HTTP/1.1 exchange, Undertow (2.3) marks the connection busy, resumes its
 * reads, and only then marks it free. Resuming wakes the I/O thread, and a keep-alive client's next request is
 * already there (it was sent the moment the response arrived), so the I/O thread finds the connection still
 * marked busy and spins until the worker runs again; on a machine with as many busy threads as cores the woken
 * I/O thread often takes the very core the worker needs. Profiles of the filing load showed 9-13 % of the
 * server's CPU in that spin (docs/PERFORMANCE.md). Ended on the I/O thread itself, the same step needs no
 * marking and cannot spin: it is what Undertow does for requests that never left the I/O thread.
 *
 * <p>It is the outermost of the WAR's handlers and registers its completion listener before any other handler of
 * the deployment does, so that it runs after theirs: the deployment's listeners (the intake admission's among
 * them) still run on the worker. Listeners the server's own handlers registered before the deployment's run after
 * it, on the I/O thread, as they do for every request that ends there.
 */
public final class KeepAliveHandBack implements ServletExtension {

    private static final ExchangeCompletionListener ON_IO_THREAD = (exchange, next) -> {
        if (exchange.isInIoThread()) {
            next.proceed();
            return;
        }
        try {
            exchange.getIoThread().execute(next::proceed);
        } catch (RejectedExecutionException stopping) {
            // The I/O thread is shutting down with the server: end the exchange here, as Undertow would.
            next.proceed();
        }
    };

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(KeepAliveHandBack::wrap);
    }

    static HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            exchange.addExchangeCompleteListener(ON_IO_THREAD);
            next.handleRequest(exchange);
        };
    }
}
