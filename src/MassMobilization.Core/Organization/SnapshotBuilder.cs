using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace MassMobilization.Core.Organization;

/// <summary>Numbers the units in force in depth-first pre-order and detects cycles.</summary>
internal static class SnapshotBuilder
{
    /// <summary>Builds a snapshot from the versions in force, which are sorted by code (one per code).</summary>
    internal static ChartSnapshot Build(ValidityPeriod validity, List<AdministrativeUnit> inForce)
    {
        int n = inForce.Count;
        var local = new Dictionary<UnitCode, int>(n);
        for (int i = 0; i < n; i++)
        {
            local.Add(inForce[i].Code, i);
        }

        var parentLocal = new int[n];
        var childCounts = new int[n + 1];
        int rootCount = 0;
        for (int i = 0; i < n; i++)
        {
            if (inForce[i].Parent is { } parent)
            {
                if (!local.TryGetValue(parent, out int p))
                {
                    throw new DomainRuleException(OrganizationRuleCodes.ParentNotValid, $"Unit {inForce[i]} names parent {parent}, which is not in force on {ValidityPeriod.Format(validity.Start)}.");
                }

                parentLocal[i] = p;
                childCounts[p + 1]++;
            }
            else
            {
                parentLocal[i] = -1;
                rootCount++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            childCounts[i + 1] += childCounts[i];
        }

        var localChildren = new int[n - rootCount];
        var fill = (int[])childCounts.Clone();
        var localRoots = new int[rootCount];
        int r = 0;
        for (int i = 0; i < n; i++)
        {
            if (parentLocal[i] < 0)
            {
                localRoots[r++] = i;
            }
            else
            {
                localChildren[fill[parentLocal[i]]++] = i;
            }
        }

        // Depth-first pre-order: parents before children, each subtree contiguous.
        var ordinalOf = new int[n];
        var order = new int[n];
        int next = 0;
        var stack = new Stack<int>();
        for (int k = localRoots.Length - 1; k >= 0; k--)
        {
            stack.Push(localRoots[k]);
        }

        while (stack.Count > 0)
        {
            int node = stack.Pop();
            ordinalOf[node] = next;
            order[next++] = node;
            for (int c = childCounts[node + 1] - 1; c >= childCounts[node]; c--)
            {
                stack.Push(localChildren[c]);
            }
        }

        if (next < n)
        {
            ThrowCycle(validity, inForce, parentLocal, order.AsSpan(0, next));
        }

        var units = new AdministrativeUnit[n];
        var parents = new int[n];
        var depths = new int[n];
        for (int o = 0; o < n; o++)
        {
            int node = order[o];
            units[o] = inForce[node];
            int p = parentLocal[node];
            parents[o] = p < 0 ? -1 : ordinalOf[p];
            depths[o] = p < 0 ? 0 : depths[parents[o]] + 1;
        }

        // The code → position dictionary becomes the code → ordinal dictionary in place: no second
        // dictionary and no rehashing (changing values does not invalidate it).
        var ordinals = local;
        for (int i = 0; i < n; i++)
        {
            CollectionsMarshal.GetValueRefOrNullRef(ordinals, inForce[i].Code) = ordinalOf[i];
        }

        var subtreeEnds = new int[n];
        var sizes = new int[n];
        for (int o = n - 1; o >= 0; o--)
        {
            sizes[o]++;
            if (parents[o] >= 0)
            {
                sizes[parents[o]] += sizes[o];
            }
        }

        for (int o = 0; o < n; o++)
        {
            subtreeEnds[o] = o + sizes[o];
        }

        var childStarts = new int[n + 1];
        var children = new int[localChildren.Length];
        int written = 0;
        for (int o = 0; o < n; o++)
        {
            childStarts[o] = written;
            int node = order[o];
            for (int c = childCounts[node]; c < childCounts[node + 1]; c++)
            {
                children[written++] = ordinalOf[localChildren[c]];
            }
        }

        childStarts[n] = written;
        var roots = new int[rootCount];
        for (int k = 0; k < rootCount; k++)
        {
            roots[k] = ordinalOf[localRoots[k]];
        }

        return new ChartSnapshot(validity, units, parents, depths, subtreeEnds, childStarts, children, roots, ordinals);
    }

    private static void ThrowCycle(ValidityPeriod validity, List<AdministrativeUnit> inForce, int[] parentLocal, ReadOnlySpan<int> reached)
    {
        var visited = new bool[inForce.Count];
        foreach (int node in reached)
        {
            visited[node] = true;
        }

        int start = Array.IndexOf(visited, false);
        var seen = new Dictionary<int, int>();
        var walk = new List<int>();
        int current = start;
        while (!seen.ContainsKey(current))
        {
            seen.Add(current, walk.Count);
            walk.Add(current);
            current = parentLocal[current];
        }

        var codes = new List<string>();
        for (int i = seen[current]; i < walk.Count; i++)
        {
            codes.Add(inForce[walk[i]].Code.Value);
        }

        codes.Add(inForce[current].Code.Value);
        throw new DomainRuleException(
            OrganizationRuleCodes.Cycle,
            $"Parent links form a cycle {string.Join(" → ", codes)} on {ValidityPeriod.Format(validity.Start)}.");
    }
}
