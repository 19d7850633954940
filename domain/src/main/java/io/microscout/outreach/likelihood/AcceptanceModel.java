package io.microscout.outreach.likelihood;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model of a yes: {@code P(yes) = 1 / (1 + exp(-(b + sum w_s x_s)))} over the known signals (an unknown
 * signal adds nothing). It starts from {@link AcceptancePriors} and {@link Signal#priorWeight()}, and
 * {@link #learn} moves it to the maximum a posteriori fit of the workspace's recorded outcomes under Gaussian priors
 * centred on those values (Bayesian logistic regression with a Laplace-style prior; Bishop, Pattern Recognition
 * and Machine Learning, 2006, section 4.5), solved by Newton's method.
 */
public final class AcceptanceModel {
    private static final Signal[] SIGNALS = Signal.values();
    private final double intercept;
    private final Map<Signal, Double> weights;
    private final int outcomes;
    private final AcceptancePriors priors;

    private AcceptanceModel(AcceptancePriors priors, double intercept, Map<Signal, Double> weights, int outcomes) {
        this.priors = priors;
        this.intercept = intercept;
        this.weights = new EnumMap<>(weights);
        this.outcomes = outcomes;
    }

    /** The model before any outcome: the documented priors. */
    public static AcceptanceModel prior(AcceptancePriors priors) {
        Map<Signal, Double> w = new EnumMap<>(Signal.class);
        for (Signal s : SIGNALS) {
            w.put(s, s.priorWeight());
        }
        return new AcceptanceModel(priors, logit(priors.baseRate()), w, 0);
    }

    public int outcomes() {
        return outcomes;
    }

    public double weight(Signal s) {
        return weights.get(s);
    }

    public double intercept() {
        return intercept;
    }

    public Acceptance predict(List<Evidence> evidence) {
        double z = intercept;
        List<Acceptance.Contribution> parts = new ArrayList<>();
        for (Evidence e : evidence) {
            double w = weights.get(e.signal());
            z += w * e.value();
            parts.add(new Acceptance.Contribution(e, w, w * e.value()));
        }
        String basis = String.format(Locale.ROOT, "base %.1f%%; ", 100 * sigmoid(intercept))
                + (outcomes == 0
                        ? AcceptancePriors.SOURCE + "; no recorded outcomes yet"
                        : "priors updated by " + outcomes + " recorded outcomes of this workspace");
        return new Acceptance(sigmoid(z), parts, basis);
    }

    /** An outcome to learn from: the signals as they were when the likelihood was estimated, and whether a yes came. */
    public record Outcome(List<Evidence> evidence, boolean yes) {}

    /** The maximum a posteriori model given these outcomes (the priors when there are none). */
    public AcceptanceModel learn(List<Outcome> data) {
        AcceptanceModel start = prior(priors);
        if (data.isEmpty()) {
            return start;
        }
        int d = SIGNALS.length + 1;
        double[] mean = new double[d];
        double[] precision = new double[d];
        mean[0] = start.intercept;
        precision[0] = 1 / (priors.interceptSd() * priors.interceptSd());
        for (int j = 0; j < SIGNALS.length; j++) {
            mean[j + 1] = SIGNALS[j].priorWeight();
            precision[j + 1] = 1 / (priors.weightSd() * priors.weightSd());
        }
        double[][] x = new double[data.size()][d];
        for (int i = 0; i < data.size(); i++) {
            x[i][0] = 1;
            for (Evidence e : data.get(i).evidence()) {
                x[i][e.signal().ordinal() + 1] = e.value();
            }
        }
        double[] beta = mean.clone();
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int j = 0; j < d; j++) {
                gradient[j] = -precision[j] * (beta[j] - mean[j]);
                hessian[j][j] = precision[j];
            }
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(dot(beta, x[i]));
                double y = data.get(i).yes() ? 1 : 0;
                for (int j = 0; j < d; j++) {
                    gradient[j] += (y - p) * x[i][j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += p * (1 - p) * x[i][j] * x[i][k];
                    }
                }
            }
            double[] step = LinearSystem.solve(hessian, gradient);
            // Newton's step, halved until the posterior rises (a full step can overshoot far from the optimum)
            double before = logPosterior(beta, x, data, mean, precision);
            double scale = 1;
            double[] next = beta;
            for (int halving = 0; halving < 30; halving++) {
                next = beta.clone();
                for (int j = 0; j < d; j++) {
                    next[j] += scale * step[j];
                }
                if (logPosterior(next, x, data, mean, precision) >= before) {
                    break;
                }
                scale /= 2;
            }
            double size = 0;
            for (int j = 0; j < d; j++) {
                size = Math.max(size, Math.abs(next[j] - beta[j]));
            }
            beta = next;
            if (size < 1e-9) {
                break;
            }
        }
        Map<Signal, Double> w = new EnumMap<>(Signal.class);
        for (int j = 0; j < SIGNALS.length; j++) {
            w.put(SIGNALS[j], beta[j + 1]);
        }
        return new AcceptanceModel(priors, beta[0], w, data.size());
    }

    private static double logPosterior(
            double[] beta, double[][] x, List<Outcome> data, double[] mean, double[] precision) {
        double sum = 0;
        for (int j = 0; j < beta.length; j++) {
            sum -= 0.5 * precision[j] * (beta[j] - mean[j]) * (beta[j] - mean[j]);
        }
        for (int i = 0; i < x.length; i++) {
            double z = dot(beta, x[i]);
            // log sigmoid(z) for a yes, log sigmoid(-z) for a no, computed without overflow
            double signed = data.get(i).yes() ? z : -z;
            sum -= signed > 0 ? Math.log1p(Math.exp(-signed)) : -signed + Math.log1p(Math.exp(signed));
        }
        return sum;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
