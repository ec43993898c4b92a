package org.cbeckg.lang.number;

/** The change word a figure follows: 增长 15% is {@link #UP}, 下降 3% is {@link #DOWN}, a level is {@link #NONE}. */
public enum Trend {
    NONE, UP, DOWN;

    public boolean isChange() {
        return this != NONE;
    }
}
