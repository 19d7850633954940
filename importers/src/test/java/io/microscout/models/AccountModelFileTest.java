package io.microscout.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.FakeAccountTrainer;
import io.microscout.authenticity.LabelledAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountModelFileTest {

    @Test
    void aWrittenModelReadsBackScoringTheSame(@TempDir Path dir) throws Exception {
        List<LabelledAccount> data = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            data.add(new LabelledAccount(
                    new AccountProfile("a" + i, 200L + i, 150L, 20L + i, 10, true, false, null, null), false));
            data.add(new LabelledAccount(
                    new AccountProfile("b" + i * 1111, (long) i, 3000L, 0L, 0, false, false, null, null), true));
        }
        FakeAccountTrainer.Settings d = FakeAccountTrainer.Settings.defaults();
        FakeAccountModel model = new FakeAccountTrainer(
                        new FakeAccountTrainer.Settings(d.features(), 20, 2, 0.3, 1, 0.1, 2, 0.3, 2, 3L, null, 0))
                .train(data, "round trip");
        Path file = dir.resolve("m.json");
        AccountModelFile.write(model, null, file);
        FakeAccountModel back = AccountModelFile.read(file);
        assertThat(back).isEqualTo(model);
        AccountProfile probe = new AccountProfile("x12", 40L, null, 2L, null, true, null, null, null);
        assertThat(back.fakeProbability(probe)).isEqualTo(model.fakeProbability(probe));
    }

    @Test
    void theShippedModelLoadsAndUsesTheDefaultThresholdRange() {
        FakeAccountModel shipped = AccountModelFile.shipped();
        assertThat(shipped.threshold()).isBetween(0.05, 0.95);
        assertThat(shipped.description()).contains("CC BY-NC 4.0");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"format\":\"something-else\"}");
        assertThatThrownBy(() -> AccountModelFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other.json")
                .hasMessageContaining("not a fake-account model");
    }
}
