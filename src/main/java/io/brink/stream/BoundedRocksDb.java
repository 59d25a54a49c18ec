package io.brink.stream;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of every RocksDB store of the instance together: one block cache shared by
 * all stores, with memtables counted against it, sized by {@code rocksdb.memory.mb}. Without it
 * each store takes its own defaults and memory grows with the number of tasks.
 */
public final class BoundedRocksDb implements RocksDBConfigSetter {

    /** The config key (inside the Streams config) carrying the budget in MiB. */
    public static final String MEMORY_MB = "brink.rocksdb.memory.mb";

    private static Cache cache;
    private static WriteBufferManager writeBuffers;
    private static long budgetBytes;

    private static synchronized void init(long bytes) {
        if (cache == null || budgetBytes != bytes) {
            budgetBytes = bytes;
            // Half of the budget may be memtables; both live inside the one cache.
            cache = new LRUCache(bytes, -1, false, 0.1);
            writeBuffers = new WriteBufferManager(bytes / 2, cache);
        }
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object mb = configs.get(MEMORY_MB);
        long bytes = (mb == null ? 64 : Long.parseLong(mb.toString())) * 1024 * 1024;
        init(bytes);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBuffers);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by every store of the instance: not closed per store.
    }
}
