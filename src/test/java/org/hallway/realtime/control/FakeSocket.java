package org.hallway.realtime.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** A socket that records frames and keeps each send's completion until {@link #complete}. */
public final class FakeSocket {
    public final List<String> sent = new ArrayList<>();
    public final List<SendHandler> inFlight = new ArrayList<>();
    public final List<ClassLoader> contextLoaders = new ArrayList<>();
    public CloseReason closed;

    public final Session session = (Session) Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "getAsyncRemote" -> async();
                case "isOpen" -> closed == null;
                case "close" -> {
                    closed = (CloseReason) args[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private RemoteEndpoint.Async async() {
        return (RemoteEndpoint.Async) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        sent.add((String) args[0]);
                        contextLoaders.add(Thread.currentThread().getContextClassLoader());
                        inFlight.add((SendHandler) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public void complete() {
        inFlight.remove(0).onResult(new SendResult());
    }
}
