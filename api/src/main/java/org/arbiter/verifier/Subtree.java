package org.arbiter.verifier;

/**
 * A complete subtree of the log's Merkle tree: the {@code 2^level} leaves starting at leaf {@code index << level}.
 * Level 0 is a single leaf (its hash is the leaf hash); {@code (level + 1, index)} has the children
 * {@code (level, 2 * index)} and {@code (level, 2 * index + 1)}. The server stores the hash of every complete subtree
 * under this key.
 *
 * @param level 0 to 62
 * @param index the position of the subtree among those of its level, 0 or more
 */
public record Subtree(int level, long index) {

    /** The highest level a subtree of a tree with at most {@link Long#MAX_VALUE} leaves can have. */
    public static final int MAX_LEVEL = 62;

    public Subtree {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be 0.." + MAX_LEVEL + ": " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index out of range for level " + level + ": " + index);
        }
    }

    /** The index of the first leaf: {@code index << level}. */
    public long firstLeaf() {
        return index << level;
    }

    /** The number of leaves: {@code 2^level}. */
    public long leafCount() {
        return 1L << level;
    }

    /** The index just past the last leaf: {@code firstLeaf() + leafCount()}. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    /** The subtree one level up that contains this one. */
    public Subtree parent() {
        return new Subtree(level + 1, index >> 1);
    }

    /** The left child (this must not be a leaf). */
    public Subtree left() {
        requireInner();
        return new Subtree(level - 1, index << 1);
    }

    /** The right child (this must not be a leaf). */
    public Subtree right() {
        requireInner();
        return new Subtree(level - 1, (index << 1) | 1);
    }

    private void requireInner() {
        if (level == 0) {
            throw new IllegalStateException("a leaf has no children");
        }
    }

    @Override
    public String toString() {
        return "Subtree[level=" + level + ", index=" + index + ", leaves " + firstLeaf() + ".." + (endLeaf() - 1) + "]";
    }
}
