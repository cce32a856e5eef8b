package io.github.rectrack.engine.rag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.spi.rag.Rag;
import io.github.rectrack.engine.spi.rag.RagContext;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import io.github.rectrack.engine.spi.rag.RagSettings;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.status.TargetStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The reference policy, from the Leicestershire panel paper of 16 October 2020 (paragraph 8): RED
 * outstanding and past its target date; AMBER in progress and within its target date; GREEN completed
 * and closed; GREY superseded or not adopted. Id {@code "reference"}.
 *
 * <p>The paper leaves questions open; each is a setting:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>values</th><th>default</th><th>question</th></tr>
 *   <tr><td>{@code proposedClosed}</td><td>GREEN, AMBER</td><td>AMBER</td>
 *       <td>is an item proposed for closure, or agreed by the board but not yet by the panel, green?
 *       (The 2020 paper counts them green.)</td></tr>
 *   <tr><td>{@code noDeadline}</td><td>AMBER, RED</td><td>AMBER</td>
 *       <td>how does an outstanding item with no deadline (TBC, ongoing, no target) count?</td></tr>
 *   <tr><td>{@code hibernated}</td><td>AMBER, GREY, BY_TARGET</td><td>AMBER</td>
 *       <td>can a hibernated item go red? BY_TARGET colours it like any outstanding item.</td></tr>
 *   <tr><td>{@code overdueAgainst}</td><td>CURRENT, ORIGINAL</td><td>CURRENT</td>
 *       <td>is "past its target" judged against the current or the original target?</td></tr>
 *   <tr><td>{@code businessAsUsual}</td><td>GREEN, GREY</td><td>GREEN</td>
 *       <td>is an item moved to business as usual completed, or set aside?</td></tr>
 * </table>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ReferenceRagPolicy implements RagPolicy {

    /** The policy's id. */
    public static final String ID = "reference";

    /** Creates the policy; {@link java.util.ServiceLoader} calls this. */
    public ReferenceRagPolicy() {}

    enum ProposedClosed { GREEN, AMBER }

    enum NoDeadline { AMBER, RED }

    enum Hibernated { AMBER, GREY, BY_TARGET }

    enum OverdueAgainst { CURRENT, ORIGINAL }

    enum BusinessAsUsual { GREEN, GREY }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Red: outstanding and past target; amber: in progress within target; green: completed and closed; grey: superseded or not adopted";
    }

    @Override
    public Set<String> settingNames() {
        return Set.of("proposedClosed", "noDeadline", "hibernated", "overdueAgainst", "businessAsUsual");
    }

    @Override
    public Colouring configure(RagSettings settings) {
        settings.requireOnly(ID, settingNames());
        Rag proposed = settings.choice("proposedClosed", ProposedClosed.class, ProposedClosed.AMBER) == ProposedClosed.GREEN ? Rag.GREEN : Rag.AMBER;
        Rag noDeadline = settings.choice("noDeadline", NoDeadline.class, NoDeadline.AMBER) == NoDeadline.RED ? Rag.RED : Rag.AMBER;
        Hibernated hibernated = settings.choice("hibernated", Hibernated.class, Hibernated.AMBER);
        boolean againstOriginal = settings.choice("overdueAgainst", OverdueAgainst.class, OverdueAgainst.CURRENT) == OverdueAgainst.ORIGINAL;
        Rag businessAsUsual = settings.choice("businessAsUsual", BusinessAsUsual.class, BusinessAsUsual.GREEN) == BusinessAsUsual.GREEN ? Rag.GREEN : Rag.GREY;
        return item -> {
            Status status = item.status();
            if (status == Status.CLOSED) {
                return Rag.GREEN;
            }
            if (status == Status.BUSINESS_AS_USUAL) {
                return businessAsUsual;
            }
            if (status.isInactive()) {
                return Rag.GREY;
            }
            if (status.isClosurePending()) {
                return proposed;
            }
            if (status == Status.HIBERNATED && hibernated != Hibernated.BY_TARGET) {
                return hibernated == Hibernated.GREY ? Rag.GREY : Rag.AMBER;
            }
            return byTarget(item.targets(), againstOriginal, noDeadline);
        };
    }

    /**
     * The paper's words for each colour (paragraph 8 of the reference paper), with what the settings add:
     * an item proposed for closure, one with no deadline, a hibernated one, one moved to business as usual
     * is named under the colour it gets, and "past its original target date" where that is the test.
     */
    @Override
    public Map<Rag, String> colourMeanings(RagSettings settings, List<String> priorities) {
        settings.requireOnly(ID, settingNames());
        boolean proposedGreen = settings.choice("proposedClosed", ProposedClosed.class, ProposedClosed.AMBER) == ProposedClosed.GREEN;
        boolean noDeadlineRed = settings.choice("noDeadline", NoDeadline.class, NoDeadline.AMBER) == NoDeadline.RED;
        Hibernated hibernated = settings.choice("hibernated", Hibernated.class, Hibernated.AMBER);
        String target = settings.choice("overdueAgainst", OverdueAgainst.class, OverdueAgainst.CURRENT) == OverdueAgainst.ORIGINAL
                ? "original target date" : "target date";
        boolean businessAsUsualGreen = settings.choice("businessAsUsual", BusinessAsUsual.class, BusinessAsUsual.GREEN) == BusinessAsUsual.GREEN;
        Map<Rag, List<String>> also = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            also.put(rag, new ArrayList<>());
        }
        also.get(noDeadlineRed ? Rag.RED : Rag.AMBER).add("those outstanding with no deadline (TBC, ongoing)");
        if (hibernated != Hibernated.BY_TARGET) {
            also.get(hibernated == Hibernated.GREY ? Rag.GREY : Rag.AMBER).add("those hibernated");
        }
        also.get(proposedGreen ? Rag.GREEN : Rag.AMBER).add("those proposed for closure and awaiting the panel's decision");
        also.get(businessAsUsualGreen ? Rag.GREEN : Rag.GREY).add("those moved to business as usual");
        Map<Rag, String> meanings = new EnumMap<>(Rag.class);
        meanings.put(Rag.RED, "Outstanding and past its " + target);
        meanings.put(Rag.AMBER, "In progress and within its " + target);
        meanings.put(Rag.GREEN, "Completed and closed");
        meanings.put(Rag.GREY, "Superseded / not adopted");
        also.forEach((rag, more) -> {
            if (!more.isEmpty()) {
                meanings.put(rag, meanings.get(rag) + "; also " + String.join(" and ", more));
            }
        });
        return meanings;
    }

    private static Rag byTarget(TargetStatus targets, boolean againstOriginal, Rag noDeadline) {
        boolean hasDeadline = againstOriginal
                ? targets.original().map(t -> t.hasDeadline()).orElse(false)
                : targets.hasDeadline();
        if (!hasDeadline) {
            return noDeadline;
        }
        boolean past = againstOriginal ? targets.isPastOriginal() : targets.isPastCurrent();
        return past ? Rag.RED : Rag.AMBER;
    }
}
