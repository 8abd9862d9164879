package com.mentorflow.modeler;

import com.mentorflow.platform.ModelBeans;
import com.mentorflow.platform.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks an expression on the parse tree the engine's own EL parser builds, so nothing hides from it (a
 * {@code '}'} in a string, a bean in parentheses, a property named by concatenation). Allowed: literals,
 * operators, process variables, the properties and methods {@link ModelBeans} allows on a bean named directly,
 * and reading or writing variables on {@code execution}/{@code task}. Everything else is refused with a sentence.
 */
final class ExpressionCheck {

    private static final Set<String> SCOPES = Set.of("execution", "task");
    private static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "setVariable", "setVariableLocal");
    /** Names the engine resolves to its own objects: a model must not reach them as plain identifiers. */
    private static final Set<String> ENGINE_OBJECTS = Set.of("externalTask", "caseExecution");
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final ModelBeans beans;

    ExpressionCheck(ModelBeans beans) {
        this.beans = beans;
    }

    /** Whether a text holds an expression at all (anything else is a literal for the engine). */
    static boolean hasExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The problems of a text that may hold expressions; empty when it is fine. */
    List<Sentence> problems(String text) {
        List<Sentence> problems = new ArrayList<>();
        if (!hasExpression(text)) {
            return problems;
        }
        try {
            visit(PARSER.build(text).getRoot(), problems, quote(text));
        } catch (TreeBuilderException e) {
            problems.add(Sentence.of("modeler.rule.expression.unreadable", quote(text), e.getMessage()));
        }
        return problems;
    }

    /**
     * Whether a text is only literal text and members of the allow-listed beans with literal arguments — no
     * variables, no operators — so that what it evaluates to when checked is what it evaluates to when it runs.
     */
    boolean isPlainBeanValue(String text) {
        try {
            return plain(PARSER.build(text).getRoot());
        } catch (TreeBuilderException e) {
            return false;
        }
    }

    private boolean plain(Node node) {
        if (node instanceof AstComposite || node instanceof AstEval) {
            for (int i = 0; i < node.getCardinality(); i++) {
                if (!plain(node.getChild(i))) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof AstDot dot) {
            return dot.getChild(0) instanceof AstIdentifier bean && beans.mayRead(bean.getName(), name(dot));
        }
        if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && dot.getChild(0) instanceof AstIdentifier bean && beans.mayCall(bean.getName(), name(dot))) {
            Node parameters = method.getChild(1);
            for (int i = 0; i < parameters.getCardinality(); i++) {
                if (!literal(parameters.getChild(i))) {
                    return false;
                }
            }
            return true;
        }
        return literal(node) || node instanceof AstText;
    }

    private static boolean literal(Node node) {
        return node instanceof AstString || node instanceof AstNumber || node instanceof AstBoolean || node instanceof AstNull;
    }

    private void visit(Node node, List<Sentence> problems, String expression) {
        if (node instanceof AstMethod method) {
            checkCall(method, problems, expression);
            visit(method.getChild(1), problems, expression);
        } else if (node instanceof AstDot dot) {
            checkRead(dot, problems, expression);
        } else if (node instanceof AstBracket) {
            problems.add(Sentence.of("modeler.rule.expression.brackets", expression));
        } else if (node instanceof AstFunction function) {
            problems.add(Sentence.of("modeler.rule.expression.function", expression, function.getName()));
        } else if (node instanceof AstIdentifier identifier) {
            checkIdentifier(identifier.getName(), problems, expression);
        } else if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
                || node instanceof AstParameters) {
            for (int i = 0; i < node.getCardinality(); i++) {
                visit(node.getChild(i), problems, expression);
            }
        } else if (!(node instanceof AstText || node instanceof AstString || node instanceof AstNumber
                || node instanceof AstBoolean || node instanceof AstNull)) {
            problems.add(Sentence.of("modeler.rule.expression.node", expression, node.getClass().getSimpleName()));
        }
    }

    private void checkIdentifier(String name, List<Sentence> problems, String expression) {
        if (SCOPES.contains(name) || ENGINE_OBJECTS.contains(name)) {
            problems.add(Sentence.of("modeler.rule.expression.scopeAlone", expression, name,
                    "execution.getVariable('name')"));
        } else if (beans.isAllowed(name)) {
            problems.add(Sentence.of("modeler.rule.expression.beanItself", expression, name,
                    String.valueOf(beans.members(name))));
        } else if (beans.isApplicationBean(name)) {
            problems.add(Sentence.of("modeler.rule.expression.unknownBean", expression, name,
                    String.valueOf(beans.expressionBeanNames())));
        }
        // Any other name is a process variable.
    }

    private void checkRead(AstDot dot, List<Sentence> problems, String expression) {
        String property = name(dot);
        Node base = dot.getChild(0);
        if (base instanceof AstIdentifier identifier && beans.mayRead(identifier.getName(), property)) {
            return;
        }
        problems.add(reachOutside(base, property, expression, false));
        if (!(base instanceof AstIdentifier)) {
            visit(base, problems, expression); // e.g. the bean hidden in "(jdbcTemplate).x"
        }
    }

    private void checkCall(AstMethod method, List<Sentence> problems, String expression) {
        if (!(method.getChild(0) instanceof AstDot dot)) {
            problems.add(Sentence.of("modeler.rule.expression.computedMethod", expression));
            return;
        }
        String name = name(dot);
        Node base = dot.getChild(0);
        if (base instanceof AstIdentifier identifier && (beans.mayCall(identifier.getName(), name)
                || (SCOPES.contains(identifier.getName()) && SCOPE_METHODS.contains(name)))) {
            return;
        }
        problems.add(reachOutside(base, name, expression, true));
        if (!(base instanceof AstIdentifier)) {
            visit(base, problems, expression);
        }
    }

    private Sentence reachOutside(Node base, String member, String expression, boolean call) {
        // "calls \"x\"" or "reads \"x\"": a part of the sentence, so each language words it as it needs to
        Sentence what = Sentence.of(call ? "modeler.rule.expression.calls" : "modeler.rule.expression.reads", member);
        if (!(base instanceof AstIdentifier identifier)) {
            return Sentence.of("modeler.rule.expression.computed", expression, what,
                    String.valueOf(beans.expressionBeanNames()));
        }
        String root = identifier.getName();
        if (beans.expressionBeanNames().contains(root)) {
            return Sentence.of("modeler.rule.expression.beanMember", expression, what, root,
                    String.valueOf(beans.members(root)));
        }
        if (SCOPES.contains(root)) {
            return Sentence.of("modeler.rule.expression.scope", expression, what, root, String.valueOf(SCOPE_METHODS));
        }
        if (beans.isApplicationBean(root) || beans.delegateNames().contains(root)) {
            return Sentence.of("modeler.rule.expression.unknownBean", expression, root,
                    String.valueOf(beans.expressionBeanNames()));
        }
        return Sentence.of("modeler.rule.expression.variable", expression, what, root);
    }

    /** {@link AstDot} keeps its property name to itself; its printed form is ". name". */
    private static String name(AstDot dot) {
        return dot.toString().substring(2);
    }

    private static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "…" : oneLine;
    }
}
