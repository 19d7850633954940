package io.microscout.authenticity;

import java.util.Arrays;

/** Grows one tree of {@link TreeBooster}, level by level; see there for the method and its sources. */
final class TreeGrower {
    private final double[][] x;
    private final double[] g;
    private final double[] h;
    private final int[][] sorted;
    private final int[][] missing;
    private final TreeBooster.Settings s;
    private final int maxNodes;
    private final int[] feature;
    private final double[] threshold;
    private final boolean[] missingLeft;
    private final int[] left;
    private final int[] right;
    private final double[] weight;
    private final double[] lower;
    private final double[] upper;
    private final double[] sumG;
    private final double[] sumH;
    private final int[] nodeOf;
    private int nodes;

    // best split found per node in the current level
    private final double[] bestGain;
    private final int[] bestFeature;
    private final double[] bestThreshold;
    private final boolean[] bestMissingLeft;
    private final double[] bestLeftWeight;
    private final double[] bestRightWeight;

    TreeGrower(double[][] x, double[] g, double[] h, int[][] sorted, int[][] missing, TreeBooster.Settings s) {
        this.x = x;
        this.g = g;
        this.h = h;
        this.sorted = sorted;
        this.missing = missing;
        this.s = s;
        this.maxNodes = (1 << (s.maxDepth() + 1)) - 1;
        feature = new int[maxNodes];
        Arrays.fill(feature, -1);
        threshold = new double[maxNodes];
        missingLeft = new boolean[maxNodes];
        left = new int[maxNodes];
        right = new int[maxNodes];
        weight = new double[maxNodes];
        lower = new double[maxNodes];
        upper = new double[maxNodes];
        sumG = new double[maxNodes];
        sumH = new double[maxNodes];
        nodeOf = new int[x.length];
        bestGain = new double[maxNodes];
        bestFeature = new int[maxNodes];
        bestThreshold = new double[maxNodes];
        bestMissingLeft = new boolean[maxNodes];
        bestLeftWeight = new double[maxNodes];
        bestRightWeight = new double[maxNodes];
    }

    RegressionTree grow() {
        nodes = 1;
        lower[0] = Double.NEGATIVE_INFINITY;
        upper[0] = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            sumG[0] += g[i];
            sumH[0] += h[i];
        }
        weight[0] = leafWeight(sumG[0], sumH[0], 0);
        int levelStart = 0;
        int levelEnd = 1;
        for (int depth = 0; depth < s.maxDepth(); depth++) {
            findSplits(levelStart, levelEnd);
            int childrenStart = nodes;
            for (int node = levelStart; node < levelEnd; node++) {
                if (bestFeature[node] >= 0) {
                    split(node);
                }
            }
            if (nodes == childrenStart) {
                break;
            }
            assignRows(levelStart, levelEnd);
            for (int c = childrenStart; c < nodes; c++) {
                sumG[c] = 0;
                sumH[c] = 0;
            }
            for (int i = 0; i < x.length; i++) {
                if (nodeOf[i] >= childrenStart) {
                    sumG[nodeOf[i]] += g[i];
                    sumH[nodeOf[i]] += h[i];
                }
            }
            levelStart = childrenStart;
            levelEnd = nodes;
        }
        double[] value = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            value[i] = s.learningRate() * weight[i];
        }
        return new RegressionTree(
                Arrays.copyOf(feature, nodes),
                Arrays.copyOf(threshold, nodes),
                Arrays.copyOf(missingLeft, nodes),
                Arrays.copyOf(left, nodes),
                Arrays.copyOf(right, nodes),
                value);
    }

    private void findSplits(int from, int to) {
        for (int node = from; node < to; node++) {
            bestGain[node] = 1e-9;
            bestFeature[node] = -1;
        }
        double[] gl = new double[maxNodes];
        double[] hl = new double[maxNodes];
        double[] gm = new double[maxNodes];
        double[] hm = new double[maxNodes];
        double[] last = new double[maxNodes];
        for (int f = 0; f < sorted.length; f++) {
            Arrays.fill(gl, 0);
            Arrays.fill(hl, 0);
            Arrays.fill(gm, 0);
            Arrays.fill(hm, 0);
            Arrays.fill(last, Double.NaN);
            for (int i : missing[f]) {
                gm[nodeOf[i]] += g[i];
                hm[nodeOf[i]] += h[i];
            }
            for (int i : sorted[f]) {
                int node = nodeOf[i];
                if (node < from || node >= to) {
                    continue;
                }
                double v = x[i][f];
                if (!Double.isNaN(last[node]) && v > last[node]) {
                    consider(node, f, (last[node] + v) / 2, gl[node], hl[node], gm[node], hm[node]);
                }
                gl[node] += g[i];
                hl[node] += h[i];
                last[node] = v;
            }
        }
    }

    private void consider(int node, int f, double thr, double gLeft, double hLeft, double gMiss, double hMiss) {
        double gRight = sumG[node] - gLeft - gMiss;
        double hRight = sumH[node] - hLeft - hMiss;
        boolean noMissing = hMiss == 0;
        for (int option = 0; option < (noMissing ? 1 : 2); option++) {
            boolean missLeft = noMissing ? hLeft >= hRight : option == 0;
            double gL = gLeft + (missLeft ? gMiss : 0);
            double hL = hLeft + (missLeft ? hMiss : 0);
            double gR = gRight + (missLeft ? 0 : gMiss);
            double hR = hRight + (missLeft ? 0 : hMiss);
            if (hL < s.minChildHessian() || hR < s.minChildHessian()) {
                continue;
            }
            double wl = leafWeight(gL, hL, node);
            double wr = leafWeight(gR, hR, node);
            int c = s.monotone()[f];
            if (c != 0 && c * (wr - wl) < 0) {
                continue;
            }
            double gain = lossReduction(gL, hL, wl)
                    + lossReduction(gR, hR, wr)
                    - lossReduction(sumG[node], sumH[node], weight[node]);
            if (gain > bestGain[node]) {
                bestGain[node] = gain;
                bestFeature[node] = f;
                bestThreshold[node] = thr;
                bestMissingLeft[node] = missLeft;
                bestLeftWeight[node] = wl;
                bestRightWeight[node] = wr;
            }
        }
    }

    private void split(int node) {
        int f = bestFeature[node];
        int l = nodes++;
        int r = nodes++;
        feature[node] = f;
        threshold[node] = bestThreshold[node];
        missingLeft[node] = bestMissingLeft[node];
        left[node] = l;
        right[node] = r;
        weight[l] = bestLeftWeight[node];
        weight[r] = bestRightWeight[node];
        lower[l] = lower[node];
        upper[l] = upper[node];
        lower[r] = lower[node];
        upper[r] = upper[node];
        double mid = (weight[l] + weight[r]) / 2;
        int c = s.monotone()[f];
        if (c > 0) {
            upper[l] = mid;
            lower[r] = mid;
        } else if (c < 0) {
            lower[l] = mid;
            upper[r] = mid;
        }
    }

    private void assignRows(int from, int to) {
        for (int i = 0; i < x.length; i++) {
            int node = nodeOf[i];
            if (node >= from && node < to && feature[node] >= 0) {
                double v = x[i][feature[node]];
                boolean goLeft = Double.isNaN(v) ? missingLeft[node] : v <= threshold[node];
                nodeOf[i] = goLeft ? left[node] : right[node];
            }
        }
    }

    /** Newton step -G/(H+lambda), kept within the node's monotone bounds. */
    private double leafWeight(double gs, double hs, int boundsOf) {
        double w = -gs / (hs + s.lambda());
        return Math.max(lower[boundsOf], Math.min(upper[boundsOf], w));
    }

    /** How much a leaf of value w lowers the second-order approximation of the loss. */
    private double lossReduction(double gs, double hs, double w) {
        return -(gs * w + 0.5 * (hs + s.lambda()) * w * w);
    }
}
