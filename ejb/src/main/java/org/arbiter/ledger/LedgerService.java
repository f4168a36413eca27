package org.arbiter.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.arbiter.api.ledger.ConsistencyProofView;
import org.arbiter.api.ledger.InclusionProofView;
import org.arbiter.api.ledger.SignedTreeHeadView;
import org.arbiter.shared.Fields;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.NotFoundException;
import org.arbiter.verifier.MerkleHash;
import org.arbiter.verifier.MerkleMath;
import org.arbiter.verifier.SignedTreeHead;
import org.arbiter.verifier.Subtree;

/**
 * Reads the log for anyone: tree heads and proofs. Proofs are asked for against a published tree head
 * size, so what a client verifies is always something the log signed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LedgerService {

    @Inject
    LedgerStore store;

    @Inject
    LedgerSigner signer;

    public SignedTreeHeadView latest() {
        return view(latestHead());
    }

    public SignedTreeHeadView treeHead(String treeSizeText) {
        long size = parseSize("treeSize", treeSizeText);
        return view(store.treeHead(size).orElseThrow(
                () -> new NotFoundException("no tree head was published at size " + size)));
    }

    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    public InclusionProofView inclusion(String leafHashText, String leafIndexText, String treeSizeText) {
        Fields fields = new Fields();
        if ((leafHashText == null) == (leafIndexText == null)) {
            throw new InvalidRequestException("leafHash", "or leafIndex is needed: give exactly one of the two");
        }
        long treeSize = publishedSize(treeSizeText);
        long index;
        byte[] leafHash;
        if (leafHashText != null) {
            leafHash = parseHash(fields, "leafHash", leafHashText);
            fields.throwIfAny();
            index = store.leafIndexOf(leafHash).orElseThrow(
                    () -> new NotFoundException("no sequenced leaf has the hash " + leafHashText));
        } else {
            index = parseSize("leafIndex", leafIndexText);
            leafHash = null;
        }
        if (index >= treeSize) {
            throw new NotFoundException("leaf " + index + " is not in the tree of " + treeSize + " leaves");
        }
        Set<Subtree> wanted = new HashSet<>(MerkleMath.inclusionNodes(index, treeSize));
        wanted.add(new Subtree(0, index));
        Map<Subtree, byte[]> nodes = store.nodes(wanted);
        List<byte[]> path = MerkleMath.inclusionPath(index, treeSize, nodes::get);
        byte[] leaf = leafHash != null ? leafHash : nodes.get(new Subtree(0, index));
        return new InclusionProofView(index, treeSize, MerkleHash.hex(leaf), hex(path));
    }

    /** Inclusion proofs of many leaves in one tree, with one read of the hashes they need. */
    public Map<Long, List<byte[]>> inclusionPaths(List<Long> leafIndexes, long treeSize) {
        Set<Subtree> wanted = new HashSet<>();
        for (long index : leafIndexes) {
            wanted.addAll(MerkleMath.inclusionNodes(index, treeSize));
        }
        Map<Subtree, byte[]> nodes = store.nodes(wanted);
        Map<Long, List<byte[]>> paths = new java.util.LinkedHashMap<>();
        for (long index : leafIndexes) {
            paths.put(index, MerkleMath.inclusionPath(index, treeSize, nodes::get));
        }
        return paths;
    }

    public ConsistencyProofView consistency(String firstText, String secondText) {
        long first = parseSize("first", firstText);
        long second = secondText == null ? latestHead().treeSize() : parseSize("second", secondText);
        if (first > second) {
            throw new InvalidRequestException("first", "must not be larger than second (" + second + ")");
        }
        requirePublished(first, "first");
        requirePublished(second, "second");
        Map<Subtree, byte[]> nodes = store.nodes(MerkleMath.consistencyNodes(first, second));
        return new ConsistencyProofView(first, second, hex(MerkleMath.consistencyProof(first, second, nodes::get)));
    }

    public SignedTreeHead latestHead() {
        return store.latestTreeHead().orElseThrow(
                () -> new NotFoundException("the log has not published a tree head yet; try again in a second"));
    }

    private long publishedSize(String treeSizeText) {
        if (treeSizeText == null) {
            return latestHead().treeSize();
        }
        long size = parseSize("treeSize", treeSizeText);
        requirePublished(size, "treeSize");
        return size;
    }

    private void requirePublished(long size, String field) {
        if (store.treeHead(size).isEmpty()) {
            throw new InvalidRequestException(field, "is a size at which no tree head was published (" + size + ")");
        }
    }

    private static long parseSize(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "is required");
        }
        String digits = text.strip();
        // Digits only: Long.parseLong also takes a sign, so "+5" would be the tree of 5 and "-1" a puzzle.
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequestException(field, "must be a whole number, 0 or more, in digits");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be at most " + Long.MAX_VALUE);
        }
    }

    private static byte[] parseHash(Fields fields, String field, String text) {
        try {
            byte[] hash = MerkleHash.unhex(text.strip().toLowerCase(java.util.Locale.ROOT));
            if (hash.length != 32) {
                fields.reject(field, "must be 64 hexadecimal digits");
            }
            return hash;
        } catch (IllegalArgumentException e) {
            fields.reject(field, "must be 64 hexadecimal digits");
            return null;
        }
    }

    static List<String> hex(List<byte[]> hashes) {
        List<String> text = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            text.add(MerkleHash.hex(hash));
        }
        return text;
    }

    public static SignedTreeHeadView view(SignedTreeHead head) {
        return new SignedTreeHeadView(head.treeSize(), head.timestampMillis(), Instant.ofEpochMilli(head.timestampMillis()),
                MerkleHash.hex(head.rootHash()), Base64.getEncoder().encodeToString(head.signature()));
    }
}
