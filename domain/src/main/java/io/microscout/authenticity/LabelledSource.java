package io.microscout.authenticity;

import java.util.List;

/**
 * One labelled set of accounts with its own population and notion of "fake" (InstaFake, Purba 2020, ...).
 *
 * @param name     short identifier used on the command line and in reports ("purba2020")
 * @param platform the platform its accounts are on ("instagram", "twitter")
 * @param credit   the citation and licence of the data
 */
public record LabelledSource(String name, String platform, String credit, List<LabelledAccount> accounts) {
    public LabelledSource {
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("labelled source " + name + " holds no accounts");
        }
    }

    public long fakes() {
        return accounts.stream().filter(LabelledAccount::fake).count();
    }

    public long reals() {
        return accounts.size() - fakes();
    }
}
