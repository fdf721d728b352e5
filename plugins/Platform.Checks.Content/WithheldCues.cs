namespace Platform.Checks.Content;

/// <summary>The compensation detector's cue families that <see cref="WithheldPayRules"/> reads.</summary>
/// <param name="Zero">No pay ("報酬なし", "お支払いはありません").</param>
/// <param name="NotPicked">A piece not adopted ("不採用", "採用されなかった").</param>
/// <param name="Selection">A selection, a contest or a test.</param>
/// <param name="Outcome">A result of the work out in the world.</param>
/// <param name="Basis">A count the pay could follow.</param>
/// <param name="Contingent">An event the pay would wait for.</param>
/// <param name="CountLink">Pay following a count ("件数に応じ").</param>
internal readonly record struct WithheldCues(
    CueSet Zero, CueSet NotPicked, CueSet Selection, CueSet Outcome, CueSet Basis, CueSet Contingent, CueSet CountLink);
