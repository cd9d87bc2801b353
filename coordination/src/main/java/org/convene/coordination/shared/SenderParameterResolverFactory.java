package org.convene.coordination.shared;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.convene.coordination.shared.api.MessageMetaData;
import org.convene.coordination.shared.api.RecordedBy;

/**
 * Gives a command handler who sent the command: a {@link RecordedBy} parameter is the user and
 * agency the dispatch interceptor put in the command's meta-data ({@link MessageMetaData}), never
 * anything from the payload. A command without both does not reach such a handler (as with
 * {@code @MetaDataValue(required = true)}). Registered with Axon through
 * {@code META-INF/services/org.axonframework.messaging.annotation.ParameterResolverFactory}, so the
 * application and the aggregate test fixtures resolve it alike.
 */
public final class SenderParameterResolverFactory implements ParameterResolverFactory {

    private static final ParameterResolver<RecordedBy> SENDER = new ParameterResolver<>() {
        @Override
        public RecordedBy resolveParameterValue(Message<?> message) {
            return new RecordedBy((String) message.getMetaData().get(MessageMetaData.USER_ID),
                    (String) message.getMetaData().get(MessageMetaData.AGENCY_ID));
        }

        @Override
        public boolean matches(Message<?> message) {
            return message.getMetaData().get(MessageMetaData.USER_ID) instanceof String
                    && message.getMetaData().get(MessageMetaData.AGENCY_ID) instanceof String;
        }
    };

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return parameterIndex > 0 && parameters[parameterIndex].getType() == RecordedBy.class ? SENDER : null;
    }
}
