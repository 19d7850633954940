package io.microscout.importer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.authenticity.AccountProfile;
import io.microscout.importer.followers.AccountProfilesCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountFileFormatTest {
    @TempDir
    Path dir;

    @Test
    void readsPurbaColumnsAndKeepsTheLabel() throws Exception {
        Path f = dir.resolve("purba.csv");
        Files.writeString(f, "pos,flw,flg,bl,pic,lin,cl,class\n69,541,440,293,1,0,223,r\n0,12,3000,0,0,0,0,i\n");
        AccountProfilesCsv.Read read = AccountFileFormat.PURBA.read(f, Map.of(), StandardCharsets.UTF_8, "class");
        assertThat(read.problems()).isEmpty();
        AccountProfile p = read.rows().get(1).profile();
        assertThat(p.mediaCount()).isZero();
        assertThat(p.following()).isEqualTo(3000L);
        assertThat(p.hasProfilePicture()).isFalse();
        assertThat(p.externalUrl()).isFalse();
        assertThat(p.username()).isNull();
        assertThat(read.rows().get(1).label()).isEqualTo("i");
    }

    @Test
    void readsParmaColumnsWithTheUsernameDigitShareOnItsOwn() throws Exception {
        Path f = dir.resolve("parma.csv");
        Files.writeString(
                f,
                "Profile Pic,Nums/Length Username,Full Name Words,Bio Length,External Url,Private,"
                        + "Verified,Business,#Posts,#Followers,#Following,Fake\n1,0.067,2,0,0,0,0,0,58,334,434,0\n"
                        + "1,1.5,2,0,0,0,0,0,58,334,434,1\n");
        AccountProfilesCsv.Read read =
                AccountFileFormat.parse("parma").read(f, Map.of(), StandardCharsets.UTF_8, "Fake");
        AccountProfile p = read.rows().get(0).profile();
        assertThat(p.usernameDigitShare()).isEqualTo(0.067);
        assertThat(p.usernameDigitCount()).isNull();
        assertThat(p.followers()).isEqualTo(334L);
        assertThat(read.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "parma.csv:line 3: field 'Nums/Length Username': \"1.5\" is not a share between 0 and 1");
    }

    @Test
    void anUnknownFormatSaysWhichOnesExist() {
        assertThatThrownBy(() -> AccountFileFormat.parse("xml"))
                .hasMessage("--format: unknown account format 'xml'; expected csv, twitter, purba or parma");
    }
}
