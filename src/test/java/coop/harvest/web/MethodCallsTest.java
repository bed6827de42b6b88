package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.MethodExpression;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import java.util.List;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages' method calls give what the standard resolvers give, and the cache answers the plain ones: evaluated with
 * the Expression Language implementation Payara runs (Expressly), MethodCalls placed before the standard resolvers
 * as faces-config places it.
 */
class MethodCallsTest {

    /** Counts the calls the cache answered (the others went on to the standard resolvers). */
    static final class Counting extends MethodCalls {
        int answered;

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            Object result = super.invoke(context, base, method, paramTypes, params);
            if (context.isPropertyResolved()) {
                answered++;
            }
            return result;
        }
    }

    public enum Grade { FIRST, SECOND }

    public record Offer(String product, Grade grade, BigDecimal unitPrice, List<String> photos) {
        public String priceFor(long kilograms) {
            return unitPrice.multiply(BigDecimal.valueOf(kilograms)).toPlainString();
        }

        public String label(String text) {
            return "label:" + text;
        }

        public String label(int number) {
            return "number:" + number;
        }

        public String quoted(String text) {
            return "[" + text + "]";
        }

        public String fail() {
            throw new IllegalStateException("no such offer");
        }
    }

    private final ExpressionFactory factory = new ExpressionFactoryImpl();
    private final Counting calls = new Counting();
    private StandardELContext context;

    @BeforeEach
    void context() {
        context = new StandardELContext(factory);
        context.addELResolver(calls);
        Offer offer = new Offer("kiwi", Grade.FIRST, new BigDecimal("8.50"), List.of("/p/1", "/p/2"));
        context.getVariableMapper().setVariable("o", factory.createValueExpression(offer, Offer.class));
    }

    private Object eval(String expression) {
        return factory.createValueExpression(context, expression, Object.class).getValue(context);
    }

    @Test
    void aRecordsAccessorsStringsAndEnumsMethodsAreAnsweredFromTheCache() {
        assertEquals("kiwi", eval("#{o.product()}"));
        assertEquals("kiwi · FIRST", eval("#{o.product().concat(' · ').concat(o.grade().name())}"));
        assertEquals(6, calls.answered, "product(), then product(), concat twice, grade(), name()");
        assertEquals("kiwi", eval("#{o.product()}"), "the second call of a cached method");
        assertEquals(7, calls.answered);
    }

    @Test
    void argumentsAreCoercedToTheParameterTypes() {
        assertEquals("85.00", eval("#{o.priceFor(10)}"), "a whole number literal to long");
        assertEquals("42.50", eval("#{o.priceFor('5')}"), "a string to long");
        assertEquals(2, calls.answered);
    }

    @Test
    void aMethodOfAClassThatIsNotPublicIsCalledThroughItsPublicInterface() {
        // List.of(...) is an instance of a JDK class that is not public: its get(int) is called as List.get
        assertEquals("/p/2", eval("#{o.photos().get(1)}"));
        assertEquals(2, calls.answered);
    }

    @Test
    void everyCallGivesWhatTheStandardResolversAloneGive() {
        StandardELContext standard = new StandardELContext(factory);
        standard.getVariableMapper().setVariable("o", context.getVariableMapper().resolveVariable("o"));
        for (String expression : List.of("#{o.quoted(null)}", "#{o.quoted(12)}", "#{o.priceFor(null)}",
                "#{o.priceFor(2.0)}", "#{o.grade().name()}", "#{o.photos().get('0')}", "#{o.unitPrice().scale()}")) {
            assertEquals(factory.createValueExpression(standard, expression, Object.class).getValue(standard),
                    eval(expression), expression);
        }
        assertEquals(10, calls.answered, "all ten calls are plain ones, answered by the cache");
    }

    @Test
    void overloadedMethodsGoOnToTheStandardResolver() {
        assertEquals("label:a", eval("#{o.label('a')}"));
        assertEquals("number:7", eval("#{o.label(7)}"));
        assertEquals(0, calls.answered, "two methods named label with one parameter: the standard rules choose");
    }

    @Test
    void aMethodsExceptionReachesThePageAsItsCause() {
        ELException failure = assertThrows(ELException.class, () -> eval("#{o.fail()}"));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals("no such offer", failure.getCause().getMessage());
    }

    @Test
    void methodExpressionsWithDeclaredParameterTypesGoOnToTheStandardResolver() {
        MethodExpression action = factory.createMethodExpression(context, "#{o.priceFor}", String.class,
                new Class<?>[] {long.class});
        assertEquals("17.00", action.invoke(context, new Object[] {2L}));
        assertEquals(0, calls.answered);
    }
}
