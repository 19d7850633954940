package io.microscout.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.store.CatalogStore;
import io.microscout.store.StoreLocation;
import io.microscout.workspace.User;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes starting at once on one empty database (each with its own store and connection pool, as two
 * {@code serve} processes have) make exactly one first owner with one workspace.
 */
abstract class FirstOwnerContract {
    static final Instant T = Instant.parse("2026-12-02T07:00:00Z");
    static final int ROUNDS = 4;

    @TempDir
    Path dir;

    abstract StoreLocation location(Path home);

    @Test
    void twoNodesCreatingTheFirstOwnerAtOnceMakeOneOwner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            StoreLocation where = location(dir.resolve("round" + round));
            try (CatalogStore a = CatalogStore.open(where);
                    CatalogStore b = CatalogStore.open(where)) {
                List<Optional<User>> made = race(new JdbiAccounts(a.jdbi()), new JdbiAccounts(b.jdbi()), round);

                JdbiAccounts accounts = new JdbiAccounts(a.jdbi());
                assertThat(made.stream().filter(Optional::isPresent)).hasSize(1);
                assertThat(accounts.countUsers()).isEqualTo(1);
                assertThat(accounts.workspaces()).hasSize(1);
                User owner = made.stream().flatMap(Optional::stream).findFirst().orElseThrow();
                assertThat(accounts.memberships(owner.id()))
                        .singleElement()
                        .satisfies(m -> assertThat(m.role().id()).isEqualTo("owner"));
            }
        }
    }

    @Test
    void noFirstOwnerIsMadeWhenUsersExist() {
        try (CatalogStore store = CatalogStore.open(location(dir))) {
            JdbiAccounts accounts = new JdbiAccounts(store.jdbi());
            accounts.createUser("ana@brand.example", "hash", T);

            assertThat(accounts.createFirstOwner("owner@localhost", "hash", "My workspace", T))
                    .isEmpty();
            assertThat(accounts.countUsers()).isEqualTo(1);
        }
    }

    /** Both attempts released together; different e-mails, so only the claim can stop the second owner. */
    private static List<Optional<User>> race(JdbiAccounts a, JdbiAccounts b, int round) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<User>>> attempts = new ArrayList<>();
            JdbiAccounts[] nodes = {a, b};
            for (int n = 0; n < 2; n++) {
                JdbiAccounts node = nodes[n];
                String email = "owner" + n + "-" + round + "@node.example";
                attempts.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return node.createFirstOwner(email, "hash", "My workspace", T);
                }));
            }
            List<Optional<User>> made = new ArrayList<>();
            for (Future<Optional<User>> f : attempts) {
                made.add(f.get(120, TimeUnit.SECONDS));
            }
            return made;
        } finally {
            pool.shutdownNow();
        }
    }
}
