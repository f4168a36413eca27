package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Serials from blocks of the sequence: never twice, one reservation per block, under concurrent filings. */
class CaseSerialsTest {

    /** A sequence that starts at 1000 and steps by the block size, as {@code dispute_case_seq} does. */
    static final class CountingSerials extends CaseSerials {
        final AtomicLong sequence = new AtomicLong(1000 - BLOCK);
        final AtomicLong reservations = new AtomicLong();

        @Override
        long reserveBlock() {
            reservations.incrementAndGet();
            return sequence.addAndGet(BLOCK);
        }
    }

    @Test
    void hands_out_a_block_in_order_and_reserves_the_next_only_when_it_is_used_up() {
        CountingSerials serials = new CountingSerials();
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < CaseSerials.BLOCK + 1; i++) {
            taken.add(serials.next());
        }
        assertThat(taken.get(0)).isEqualTo(1000);
        assertThat(taken.get(CaseSerials.BLOCK - 1)).isEqualTo(1000 + CaseSerials.BLOCK - 1);
        assertThat(taken.get(CaseSerials.BLOCK)).isEqualTo(1000 + CaseSerials.BLOCK);
        assertThat(serials.reservations.get()).isEqualTo(2);
    }

    @Test
    void concurrent_filings_never_share_a_serial_and_waste_no_block() throws Exception {
        CountingSerials serials = new CountingSerials();
        int threads = 8;
        int perThread = 5_000;
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        assertThat(seen.add(serials.next())).isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(threads * perThread);
        // Every serial of every reserved block was used: exactly total / BLOCK reservations, and the range is dense.
        assertThat(serials.reservations.get()).isEqualTo(threads * perThread / CaseSerials.BLOCK);
        assertThat(seen.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(1000);
        assertThat(seen.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(1000 + threads * perThread - 1);
    }
}
