package org.convene.infra.store;

import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's single-file store, changed in one way: it never asks its MVStore to commit by itself. The
 * stock store commits when about 19 MB of changes are waiting in memory, from whichever thread is
 * writing at that moment, so in the middle of a write command; here only {@link DurableH2Backend}
 * commits, between commands. It also exposes MVStore's housekeeping (the rewriting of sparse
 * chunks, and moving chunks to the front of the file) that the stock background writer does, since
 * that writer (which also commits once a second, mid-command or not) is not started.
 */
final class ExplicitCommitFileStore extends SingleFileStore {

    /** The stock background writer's fill rate below which the file is worth compacting. */
    private final int autoCompactFillRate;

    private ExplicitCommitFileStore(Map<String, Object> config) {
        super(config);
        this.autoCompactFillRate = getAutoCompactFillRate();
    }

    /** The store of {@code fileName}, opened for writing, with a page cache of {@code cacheMb} MB. */
    static ExplicitCommitFileStore open(String fileName, int cacheMb) {
        Map<String, Object> config = new HashMap<>();
        config.put("cacheSize", cacheMb);
        ExplicitCommitFileStore store = new ExplicitCommitFileStore(config);
        store.open(fileName, false, null);
        return store;
    }

    /** Never: the unsaved changes wait for {@link DurableH2Backend}'s next commit. */
    @Override
    public boolean shouldSaveNow(int unsavedMemory, int autoCommitMemory) {
        return false;
    }

    /**
     * Rewrites the live pages of sparse chunks into the current (uncommitted) version, as MVStore's
     * background writer does while the store is in use: at most a quarter of the auto-commit buffer
     * at a time, when the chunks are on average less than about 62 % full. It does not commit, so it
     * may run beside write commands; the rewritten pages reach the file with the next commit.
     */
    boolean rewriteSparseChunks(MVStore mvStore) {
        // the stock writer's test while the store is busy: 50 + fill / 2 < 90 % of 90 %
        int busyTarget = autoCompactFillRate * autoCompactFillRate / 100;
        return mvStore.compact(2 * (busyTarget - 50), Math.max(1, mvStore.getAutoCommitMemory() / 4));
    }

    /**
     * Moves chunks towards the start of the file when it has become fragmented (less than 90 % of it
     * in use). This stores a new version, so it must only run where a commit may.
     */
    void moveChunksIfFragmented(MVStore mvStore) {
        if (getFillRate() < autoCompactFillRate) {
            compactMoveChunks(autoCompactFillRate - 1, 2L * mvStore.getAutoCommitMemory(), mvStore);
        }
    }
}
