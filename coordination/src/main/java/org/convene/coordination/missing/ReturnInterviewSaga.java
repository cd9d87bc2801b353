package org.convene.coordination.missing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.MarkReturnInterviewOverdueCommand;
import org.convene.coordination.missing.api.ReturnInterviewOutcomeRecordedEvent;

/**
 * The 72-hour clock of the independent return interview: started by the child's return, stopped
 * by the interview's outcome; when it runs out first, the episode is marked overdue. The deadline
 * lives in MongoDB (infra's MongoDeadlineManager), so the clock survives a restart.
 */
@Saga
public class ReturnInterviewSaga {

    static final String DEADLINE = "return-interview-due";

    private String episodeId;
    private String deadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = "episodeId")
    void on(ChildReturnedEvent event, DeadlineManager deadlineManager) {
        episodeId = event.episodeId();
        if (deadlineId != null) {
            // The return delivered again (a process killed after the saga and its deadline were
            // stored, before the processor's token): one clock, not two.
            deadlineManager.cancelSchedule(DEADLINE, deadlineId);
        }
        deadlineId = deadlineManager.schedule(event.interviewDueBy(), DEADLINE, new InterviewDue(episodeId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "episodeId")
    void on(ReturnInterviewOutcomeRecordedEvent event, DeadlineManager deadlineManager) {
        deadlineManager.cancelSchedule(DEADLINE, deadlineId);
    }

    /** The deadline's payload (stored with the deadline, so it is self-describing). */
    public record InterviewDue(String episodeId) {
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void interviewDue(InterviewDue due, CommandGateway commandGateway) {
        commandGateway.sendAndWait(new MarkReturnInterviewOverdueCommand(due.episodeId()));
        SagaLifecycle.end();
    }

    // for Jackson (the saga store serialises sagas)
    public String getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(String episodeId) {
        this.episodeId = episodeId;
    }

    public String getDeadlineId() {
        return deadlineId;
    }

    public void setDeadlineId(String deadlineId) {
        this.deadlineId = deadlineId;
    }
}
