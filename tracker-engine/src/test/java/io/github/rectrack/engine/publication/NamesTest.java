package io.github.rectrack.engine.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.model.Person;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names found however they are written, and only names. */
class NamesTest {

    private static final List<Person> PEOPLE = List.of(
            new Person("marjorie-fenwick-holt", "Marjorie Fenwick-Holt", Optional.of("MFH"), Optional.empty()),
            new Person("jose-nunez", "José Núñez", Optional.of("JN"), Optional.empty()),
            new Person("tobias-quennell", "Tobias Quennell", Optional.empty(), Optional.of("Staff officer to Marjorie Fenwick-Holt")),
            new Person("may", "May", Optional.empty(), Optional.of("Clerk to the panel")),
            new Person("theresa-june", "Theresa June", Optional.of("TJ"), Optional.empty()));

    private final Names names = new Names(PEOPLE);

    @Test
    void namesWrittenWithOtherSpacesOrInvisibleCharactersAreReplacedAndTheRestKept() {
        assertThat(names.apply("Seen by Marjorie\u00A0Fenwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie\u202FFenwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie\u3000Fenwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie\u200BFenwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie Fen\u200Dwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie Fen\u00ADwick-Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by Marjorie Fenwick\u2011Holt.")).isEqualTo("Seen by MFH.");
        assertThat(names.apply("Seen by \u202EMarjorie Fenwick-Holt\u202C.")).isEqualTo("Seen by \u202EMFH\u202C.");
        assertThat(names.apply("Seen by Jose\u0301 Nu\u0301n\u0303ez, cafe\u0301 owner")).isEqualTo("Seen by JN, cafe\u0301 owner");
        assertThat(names.apply("Seen by JOSÉ NÚÑEZ and José Núñez in the café")).isEqualTo("Seen by JN and JN in the café");
        // the words around a name keep their own spaces and invisible characters
        assertThat(names.apply("a\u00A0b\u200Bc Marjorie Fenwick-Holt d\u3000e")).isEqualTo("a\u00A0b\u200Bc MFH d\u3000e");
    }

    @Test
    void otherSpellingsOfANameAreReplacedAsTheNameIs() {
        Names withAliases = new Names(List.of(
                new Person("p1", "James Okonkwo-Barr", Optional.of("JOB"), Optional.empty(), List.of("Jim", "J.Okonkwo", "James Barr")),
                new Person("p2", "Theresa June", Optional.empty(), Optional.of("Staff officer to Jim"), List.of("Tess June", "March"))));
        assertThat(withAliases.apply("Jim, J.Okonkwo, J. Okonkwo and JIM agreed with James​Barr and Mr Barr"))
                .isEqualTo("JOB, JOB, JOB and JOB agreed with JOB and JOB");
        // a role naming someone by an alias is redacted too; an alias that is a calendar word only after a title
        assertThat(withAliases.apply("Tess June wrote in March 2024; Ms March agreed"))
                .isEqualTo("Staff officer to JOB wrote in March 2024; Staff officer to JOB agreed");
        // a word that only contains an alias is kept
        assertThat(withAliases.apply("Jimmy and Jimenez")).isEqualTo("Jimmy and Jimenez");
    }

    @Test
    void aRoleUsedAsTheReplacementHasItsNamesReplaced() {
        assertThat(names.apply("Tobias Quennell wrote it")).isEqualTo("Staff officer to MFH wrote it");
    }

    @Test
    void aSurnameAfterATitleIsReplacedWithTheTitle() {
        assertThat(names.apply("Agreed by Supt Fenwick-Holt and Mr. Quennell; DCI Núñez and Ch Supt Fenwick Holt"))
                .isEqualTo("Agreed by MFH and Staff officer to MFH; JN and MFH");
        // a distinctive surname alone is replaced; a first name alone is kept
        assertThat(names.apply("Quennell and Marjorie")).isEqualTo("Staff officer to MFH and Marjorie");
    }

    @Test
    void aDistinctiveSurnameAloneIsReplacedAndOneThatIsAnEnglishWordIsKept() {
        Names people = new Names(List.of(
                new Person("adaeze-okonkwo", "Adaeze Okonkwo", Optional.of("AO"), Optional.empty()),
                new Person("john-smith", "John Smith", Optional.of("JS"), Optional.empty()),
                new Person("ruth-brown", "Ruth Brown", Optional.of("RB"), Optional.empty()),
                new Person("amy-li", "Amy Li", Optional.of("AL"), Optional.empty())));
        assertThat(people.apply("Okonkwo agreed; OKONKWO signed; Smith and Brown were told; the brown folder; Li to report"))
                .isEqualTo("AO agreed; AO signed; Smith and Brown were told; the brown folder; Li to report");
        assertThat(people.apply("Mr Smith, Ms Brown and Ms Li")).isEqualTo("JS, RB and AL");
        // the profile that keeps names keeps them
        assertThat(Names.none().apply("Okonkwo agreed")).isEqualTo("Okonkwo agreed");
    }

    @Test
    void aNameThatIsACalendarWordIsReplacedOnlyAfterATitle() {
        assertThat(names.apply("Due May 2020, then June 2021; Ms May and Mrs June agreed, as did Theresa June"))
                .isEqualTo("Due May 2020, then June 2021; Clerk to the panel and TJ agreed, as did TJ");
    }

    @Test
    void emailAddressesAndUkTelephoneNumbersAreRemoved() {
        assertThat(names.apply("Write to m.fenwick-holt@leics.example.police.uk or ring 0116 496 0123, +44 (0)116 496 0999,"
                + " (0116) 4960000 or 07700 900123 by 2020-10-16; 25,000 items"))
                .isEqualTo("Write to [e-mail removed] or ring [telephone number removed], [telephone number removed],"
                        + " [telephone number removed] or [telephone number removed] by 2020-10-16; 25,000 items");
        assertThat(names.emailsRemoved()).isTrue();
        assertThat(names.phonesRemoved()).isTrue();
        Names fresh = new Names(PEOPLE);
        assertThat(fresh.apply("Nothing to remove in 2020")).isEqualTo("Nothing to remove in 2020");
        assertThat(fresh.emailsRemoved()).isFalse();
        assertThat(fresh.phonesRemoved()).isFalse();
        // with no people, contacts are still removed; a profile that keeps names removes nothing
        assertThat(new Names(List.of()).apply("Ring 0116 496 0123")).isEqualTo("Ring [telephone number removed]");
        assertThat(Names.none().apply("Ring 0116 496 0123 or a.b@example.police.uk")).isEqualTo("Ring 0116 496 0123 or a.b@example.police.uk");
    }

    @Test
    void theLeakSearchAndTheRedactionFoldAlike() {
        assertThat(Folding.fold("Marjorie\u00A0Fen\u00ADwick\u2011Holt \u202EJose\u0301 ＮÚÑEZ"))
                .isEqualTo("marjorie fenwick-holt jose nunez");
    }
}
