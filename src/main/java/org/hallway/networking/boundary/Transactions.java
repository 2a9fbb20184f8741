package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a piece of networking work as one transaction (committed when this returns). */
@ApplicationScoped
public class Transactions {

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
