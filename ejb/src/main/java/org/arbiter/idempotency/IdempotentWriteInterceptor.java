package org.arbiter.idempotency;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.databind.JavaType;

import org.arbiter.shared.ArbiterException;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.Json;

/**
 * Makes an {@link IdempotentWrite} safe to retry. Inside the write's own transaction (an EJB's interceptors run
 * in it): a stored answer to the caller's key for this operation is returned instead of writing again, after
 * checking that the request is the same (else {@link IdempotencyKeyReusedException}, 422); otherwise the write
 * runs and its answer is stored under the key, committing with it or not at all. A failed write stores nothing,
 * so its retry is tried afresh.
 */
@IdempotentWrite
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentWriteInterceptor {

    @Inject
    IdempotencyRequest request;

    @Inject
    IdempotencyStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object once(InvocationContext invocation) throws Exception {
        String key = IdempotencyRequest.inTheRequest(request::take);
        if (key == null) {
            return invocation.proceed();
        }
        Method method = invocation.getMethod();
        Caller caller = callerAmong(invocation.getParameters(), method);
        String operation = operationOf(method.getDeclaringClass(), method.getName());
        String fingerprint = IdempotencyStore.fingerprint(requestArguments(invocation.getParameters()));
        Optional<StoredResponse> first = store.replay(caller.userId(), operation, key, fingerprint);
        if (first.isPresent()) {
            return replayed(first.get(), method);
        }
        Object answer;
        try {
            answer = invocation.proceed();
        } catch (ArbiterException refused) {
            // A request with this key may have committed while this one waited for the case's lock: this one was
            // refused only because the other went first (a second withdrawal of a withdrawn case), and the
            // client is owed the first answer. Nothing of this attempt is kept.
            if (transactions.getRollbackOnly()) {
                throw refused;
            }
            Optional<StoredResponse> meanwhile = store.replay(caller.userId(), operation, key, fingerprint);
            if (meanwhile.isEmpty()) {
                throw refused;
            }
            transactions.setRollbackOnly();
            return replayed(meanwhile.get(), method);
        }
        try {
            store.remember(caller.userId(), operation, key, fingerprint, 200, null, answer);
        } catch (IdempotencyKeyTakenException concurrent) {
            // Another request with this key wrote first and is committing: this one rolls back, its retry replays.
            throw new ConflictException("a request with this Idempotency-Key is being answered at this moment; "
                    + "send it again to get that answer");
        }
        return answer;
    }

    /** How the answers of a guarded write are filed: by its service and method. */
    static String operationOf(Class<?> service, String method) {
        return service.getSimpleName() + "." + method;
    }

    private Object replayed(StoredResponse first, Method method) throws IOException {
        request.answeredWithReplay();
        JavaType type = Json.mapper().getTypeFactory().constructType(method.getGenericReturnType());
        return Json.mapper().readValue(first.body(), type);
    }

    private static Caller callerAmong(Object[] parameters, Method method) {
        for (Object parameter : parameters) {
            if (parameter instanceof Caller caller) {
                return caller;
            }
        }
        throw new IllegalStateException(method + " is an idempotent write but takes no Caller");
    }

    /** What makes two requests the same: every argument but the caller (whose the key is). */
    private static List<Object> requestArguments(Object[] parameters) {
        List<Object> arguments = new ArrayList<>(parameters.length);
        for (Object parameter : parameters) {
            if (!(parameter instanceof Caller)) {
                arguments.add(parameter);
            }
        }
        return arguments;
    }
}
