package org.maracdesk.demo.synthetic;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Compact immutable {@code Map<String,String>} holding one answer per DASH RIC item, keys "q1".."q24" in order.
 * One byte per item instead of a hash table keeps 100,000 referrals small; equality follows {@link Map}.
 */
final class DashAnswers extends AbstractMap<String, String> {
    static final int ITEMS = 24;
    static final byte YES = 0;
    static final byte NO = 1;
    static final byte DONT_KNOW = 2;
    static final byte NOT_ASKED = 3;

    // zero-based item positions (SafeLives RIC order, MARAC.md 1.2)
    static final int INJURY = 0;
    static final int VERY_FRIGHTENED = 1;
    static final int AFRAID_OF = 2;
    static final int ISOLATED = 3;
    static final int DEPRESSED = 4;
    static final int SEPARATION = 5;
    static final int CHILD_CONTACT = 6;
    static final int STALKING = 7;
    static final int PREGNANCY = 8;
    static final int MORE_OFTEN = 9;
    static final int GETTING_WORSE = 10;
    static final int CONTROL = 11;
    static final int WEAPONS = 12;
    static final int THREATS_TO_KILL = 13;
    static final int STRANGULATION = 14;
    static final int SEXUAL = 15;
    static final int OTHER_FEARED = 16;
    static final int HURT_OTHERS = 17;
    static final int ANIMALS = 18;
    static final int FINANCIAL = 19;
    static final int SUBSTANCES = 20;
    static final int SUICIDE = 21;
    static final int BREACHES = 22;
    static final int CRIMINAL_HISTORY = 23;

    private static final String[] KEYS = new String[ITEMS];
    private static final String[] VALUES = {
        SyntheticReferral.YES, SyntheticReferral.NO, SyntheticReferral.DONT_KNOW, SyntheticReferral.NOT_ASKED};

    static {
        for (int i = 0; i < ITEMS; i++) {
            KEYS[i] = ("q" + (i + 1)).intern();
        }
    }

    private final byte[] codes;

    /** Takes ownership of {@code codes} (length 24, values 0..3). */
    DashAnswers(byte[] codes) {
        if (codes.length != ITEMS) {
            throw new IllegalArgumentException("expected " + ITEMS + " answers");
        }
        for (byte c : codes) {
            if (c < 0 || c >= VALUES.length) {
                throw new IllegalArgumentException("bad answer code " + c);
            }
        }
        this.codes = codes;
    }

    static String key(int item) {
        return KEYS[item];
    }

    /** The same map if already compact, otherwise a validated compact copy. */
    static DashAnswers copyOf(Map<String, String> answers) {
        if (answers instanceof DashAnswers d) {
            return d;
        }
        if (answers.size() != ITEMS) {
            throw new IllegalArgumentException("dashAnswers must have exactly the keys q1..q24");
        }
        byte[] codes = new byte[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            String v = answers.get(KEYS[i]);
            int code = v == null ? -1 : valueCode(v);
            if (code < 0) {
                throw new IllegalArgumentException("missing or unknown answer for " + KEYS[i] + ": " + v);
            }
            codes[i] = (byte) code;
        }
        return new DashAnswers(codes);
    }

    private static int valueCode(String v) {
        for (int i = 0; i < VALUES.length; i++) {
            if (VALUES[i].equals(v)) {
                return i;
            }
        }
        return -1;
    }

    private static int index(Object key) {
        if (!(key instanceof String s) || s.length() < 2 || s.length() > 3 || s.charAt(0) != 'q') {
            return -1;
        }
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || (i == 1 && c == '0')) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 1 && n <= ITEMS ? n - 1 : -1;
    }

    int countYes() {
        int n = 0;
        for (byte c : codes) {
            if (c == YES) {
                n++;
            }
        }
        return n;
    }

    boolean isYes(int item) {
        return codes[item] == YES;
    }

    @Override
    public String get(Object key) {
        int i = index(key);
        return i < 0 ? null : VALUES[codes[i]];
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public int size() {
        return ITEMS;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ITEMS;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= ITEMS) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(KEYS[i], VALUES[codes[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return ITEMS;
            }
        };
    }
}
