package org.convene.fault;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.convene.coordination.missing.api.ChildReturnedEvent;
import org.convene.coordination.missing.api.RecordChildReturnedCommand;
import org.convene.infra.store.StoreProperties;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

/**
 * Test only, for {@link ReturnInterviewClockKillIT}: kills the application process
 * ({@code Runtime.halt}, as {@code kill -9} would) at one named step of the return-interview clock,
 * given as the system property {@code convene.test.kill-at} of a child process. Never active
 * otherwise. Before it halts it makes the embedded store commit what was written up to that moment
 * (by creating a collection, which the store commits at once), as its background writer would have
 * done within a second: the data left on disk is exactly the writes made before the step.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("convene.test.kill-at")
class ClockKillSwitch {

    static final int KILLED = 77;
    static final String PROPERTY = "convene.test.kill-at";
    static final String SAGA_PROCESSOR = "ReturnInterviewSagaProcessor";

    /** The steps of the clock at which the process can be killed. */
    enum Step {
        /** The child's return is stored (its command committed), before anything reacts to it. */
        RETURN_RECORDED,
        /** The saga processor has stored the saga started by the return (mid-batch). */
        SAGA_STORED,
        /** The saga processor has stored its token past the return (mid-batch). */
        TOKEN_STORED,
        /** The deadline has been claimed and is being delivered, before its handler runs. */
        DEADLINE_FIRING,
        /** The deadline's unit of work has committed (the interview marked overdue), before anything after. */
        DEADLINE_FIRED
    }

    @Bean
    static BeanPostProcessor clockKillSwitchInstaller(org.springframework.core.env.Environment environment) {
        return new Installer(Step.valueOf(environment.getRequiredProperty(PROPERTY)));
    }

    private static final class Installer implements BeanPostProcessor, BeanFactoryAware {
        private final Step step;
        private BeanFactory beans;

        Installer(Step step) {
            this.step = step;
        }

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beans = beanFactory;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
            if (step == Step.RETURN_RECORDED && bean instanceof CommandBus commands) {
                commands.registerHandlerInterceptor((unitOfWork, chain) -> {
                    if (unitOfWork.getMessage().getPayload() instanceof RecordChildReturnedCommand) {
                        unitOfWork.afterCommit(u -> kill());
                    }
                    return chain.proceed();
                });
            } else if (step == Step.DEADLINE_FIRING && bean instanceof DeadlineManager deadlines) {
                deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
                    kill();
                    return chain.proceed();
                });
            } else if (step == Step.DEADLINE_FIRED && bean instanceof DeadlineManager deadlines) {
                deadlines.registerHandlerInterceptor((unitOfWork, chain) -> {
                    unitOfWork.afterCommit(u -> kill());
                    return chain.proceed();
                });
            } else if ((step == Step.SAGA_STORED || step == Step.TOKEN_STORED) && bean instanceof MongoTemplate axon) {
                return new KillingTemplate(axon);
            }
            return bean;
        }

        /** Axon's collections, with the saga and token collections watched for the step's write. */
        private final class KillingTemplate implements MongoTemplate {
            private final MongoTemplate delegate;

            KillingTemplate(MongoTemplate delegate) {
                this.delegate = delegate;
            }

            @Override
            public MongoCollection<Document> trackingTokensCollection() {
                MongoCollection<Document> tokens = delegate.trackingTokensCollection();
                return step != Step.TOKEN_STORED ? tokens : watched(tokens, Set.of("updateOne"),
                        args -> String.valueOf(args[0]).contains(SAGA_PROCESSOR) && inBatchCommitOfTheReturn());
            }

            @Override
            public MongoCollection<Document> sagaCollection() {
                MongoCollection<Document> sagas = delegate.sagaCollection();
                return step != Step.SAGA_STORED ? sagas : watched(sagas, Set.of("insertOne"),
                        args -> String.valueOf(args[0]).contains("ReturnInterviewSaga"));
            }

            @Override
            public MongoCollection<Document> eventCollection() {
                return delegate.eventCollection();
            }

            @Override
            public MongoCollection<Document> snapshotCollection() {
                return delegate.snapshotCollection();
            }

            @Override
            public MongoCollection<Document> deadLetterCollection() {
                return delegate.deadLetterCollection();
            }
        }

        /** The processor storing its token when its batch (holding the child's return) commits. */
        private static boolean inBatchCommitOfTheReturn() {
            if (!CurrentUnitOfWork.isStarted()) {
                return false;
            }
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            return (unitOfWork.phase() == UnitOfWork.Phase.PREPARE_COMMIT || unitOfWork.phase() == UnitOfWork.Phase.COMMIT)
                    && unitOfWork instanceof BatchingUnitOfWork<?> batch
                    && batch.getMessages().stream().anyMatch(m -> m.getPayload() instanceof ChildReturnedEvent);
        }

        @SuppressWarnings("unchecked")
        private MongoCollection<Document> watched(MongoCollection<Document> collection, Set<String> methods,
                                                  java.util.function.Predicate<Object[]> killAfter) {
            InvocationHandler handler = (proxy, method, args) -> {
                Object result;
                try {
                    result = method.invoke(collection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (methods.contains(method.getName()) && args != null && killAfter.test(args)) {
                    kill();
                }
                return result;
            };
            return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MongoCollection.class}, handler);
        }

        private void kill() {
            MongoClient client = beans.getBean(MongoClient.class);
            client.getDatabase(beans.getBean(StoreProperties.class).database())
                    .createCollection("kill_switch_" + System.nanoTime());
            System.out.println("Killed by the test at " + step);
            System.out.flush();
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
