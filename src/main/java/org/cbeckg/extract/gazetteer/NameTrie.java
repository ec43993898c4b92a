package org.cbeckg.extract.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie of names for longest-match lookup. Place names are short (≤ 20 chars), so trying the trie at each
 * position of a text costs at most 20 steps per char: as fast as Aho–Corasick here, with a tenth of the code.
 * Immutable once built by {@link Builder}.
 *
 * <pre>{@code
 * NameTrie<String> t = NameTrie.<String>builder().put("金华", "a").put("金华市", "b").build();
 * t.longestAt("在金华市", 1); // -> Hit(end 4, value "b")
 * }</pre>
 *
 * @param <V> what a name stands for
 */
public final class NameTrie<V> {

    /** The longest name starting at a position: it ends at {@code end} (exclusive, in chars). */
    public record Hit<V>(int end, V value) {
    }

    private static final class Node<V> {
        private final Map<Character, Node<V>> next = new HashMap<>();
        private V value;
    }

    private final Node<V> root;

    private NameTrie(Node<V> root) {
        this.root = root;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The longest name in the trie that starts at {@code from}, or null. */
    public Hit<V> longestAt(CharSequence text, int from) {
        Node<V> node = root;
        Hit<V> best = null;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>(i + 1, node.value);
            }
        }
        return best;
    }

    /** Collects names; the trie built from it is never changed again. */
    public static final class Builder<V> {
        private Node<V> root = new Node<>();

        /** Adds a name; a later value for the same name replaces the earlier one. */
        public Builder<V> put(String name, V value) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty name");
            }
            Node<V> node = root;
            for (int i = 0; i < name.length(); i++) {
                node = node.next.computeIfAbsent(name.charAt(i), c -> new Node<>());
            }
            node.value = value;
            return this;
        }

        public NameTrie<V> build() {
            NameTrie<V> trie = new NameTrie<>(root);
            root = null; // the builder cannot reach the built trie any more
            return trie;
        }
    }
}
