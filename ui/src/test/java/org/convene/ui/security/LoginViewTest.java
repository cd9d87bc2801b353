package org.convene.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;

import org.convene.ui.KaribuViewTestBase;
import org.convene.ui.meeting.MeetingBoardView;
import org.convene.ui.missing.MissingBoardView;
import org.junit.jupiter.api.Test;

/** The sign-in page: a form for those not signed in, and the way on for those who are. */
class LoginViewTest extends KaribuViewTestBase {

    @Test
    void someoneNotSignedInSeesTheSignInForm() {
        UI.getCurrent().navigate("login");

        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void someoneAlreadySignedInGoesOnToTheirOwnBoardNotAnEmptyForm() {
        loginAs("health.screener");
        UI.getCurrent().navigate("login");

        _get(MeetingBoardView.class);
        _assertNone(LoginForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("meeting");
    }

    @Test
    void aReturnInterviewWorkerGoesOnToTheMissingChildrenBoard() {
        loginAs("return.worker");
        UI.getCurrent().navigate("login");

        _get(MissingBoardView.class);
        _assertNone(LoginForm.class);
    }
}
