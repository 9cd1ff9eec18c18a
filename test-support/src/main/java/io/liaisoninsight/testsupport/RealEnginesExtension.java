package io.liaisoninsight.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that hands a test the real {@link Engines}: add
 * {@code @ExtendWith(RealEnginesExtension.class)} and take an {@code Engines} parameter in a
 * constructor, {@code @BeforeAll} or test method.
 */
public final class RealEnginesExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Engines.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return RealEngines.get();
    }
}
