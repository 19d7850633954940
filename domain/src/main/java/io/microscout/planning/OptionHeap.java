package io.microscout.planning;

/** A binary max-heap of options by a score, on primitive arrays (no boxing for 100,000s of options). */
final class OptionHeap {
    private final double[] score;
    private final int[] option;
    private int size;

    OptionHeap(int capacity) {
        score = new double[Math.max(1, capacity)];
        option = new int[Math.max(1, capacity)];
    }

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends without ordering; call {@link #heapify()} after a run of these. */
    void append(int o, double s) {
        option[size] = o;
        score[size++] = s;
    }

    void heapify() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    void push(int o, double s) {
        append(o, s);
        int i = size - 1;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (score[parent] >= score[i]) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    int topOption() {
        return option[0];
    }

    double topScore() {
        return score[0];
    }

    int pop() {
        int top = option[0];
        size--;
        if (size > 0) {
            option[0] = option[size];
            score[0] = score[size];
            down(0);
        }
        return top;
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, best = i;
            if (l < size && score[l] > score[best]) {
                best = l;
            }
            if (r < size && score[r] > score[best]) {
                best = r;
            }
            if (best == i) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }

    private void swap(int a, int b) {
        double s = score[a];
        score[a] = score[b];
        score[b] = s;
        int o = option[a];
        option[a] = option[b];
        option[b] = o;
    }
}
