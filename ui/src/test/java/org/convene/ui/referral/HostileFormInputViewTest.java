package org.convene.ui.referral;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.convene.coordination.referral.api.AdultRole;
import org.convene.coordination.referral.api.DashLevel;
import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.meeting.MeetingBoardView;
import org.junit.jupiter.api.Test;


/**
 * Hostile input through a form: markup in names, an oversized name, a future date of birth. The
 * referral form lists every problem in words, stays open and sends nothing.
 */
class HostileFormInputViewTest extends KaribuViewTestBase {

    @Test
    void theReferralFormRefusesMarkupOversizedNamesAndFutureBirthsAndSendsNothing() {
        loginAs("police.screener");
        long eventsBefore = storedEvents();

        RecordReferralDialog dialog = openDialog(MeetingBoardView.class, "record-referral", RecordReferralDialog.class);
        _setValue(dialog.dashLevel, DashLevel.MEDIUM);
        _setValue(dialog.concerns, Set.of("3A"));
        _setValue(dialog.narrative, "Fictitious.");
        _setValue(dialog.children.get(0).name, "<img src=x onerror=alert(1)>");
        _setValue(dialog.children.get(0).dateOfBirth, LocalDate.now().minusYears(5));
        _click(dialog.addChild);
        _setValue(dialog.children.get(1).name, "B".repeat(5_000));
        _setValue(dialog.children.get(1).dateOfBirth, LocalDate.now().plusYears(2));
        var adult = dialog.addAdult();
        _setValue(adult.name, "<script>alert(1)</script>");
        _setValue(adult.role, AdultRole.VICTIM);
        _click(dialog.save);

        String shown = dialog.errors.getElement().getTextRecursively();
        assertThat(shown).contains("must not contain < or >", "at most 200 characters", "future");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }
}
