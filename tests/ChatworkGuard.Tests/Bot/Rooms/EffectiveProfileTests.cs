using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Notifications;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Tests.Bot.Rooms;

public sealed class EffectiveProfileTests
{
    private const long Room = 42;
    private const long Bot = 9;
    private const long Creator = 1;
    private const long Member = 2;
    private const long ReadOnly = 3;

    private static readonly RoomSnapshotDetails Snapshot = new(
        "PG案件（ランサーズ）",
        [new RoomMember(Creator, "発注者", "admin"), new RoomMember(Member, "受注者", "member"), new RoomMember(ReadOnly, "見学", "readonly"), new RoomMember(Bot, "ChatworkGuard", "member")],
        null);

    private static RoomProfile Resolve(RoomsOptions? rooms = null, RoomProfileState? state = null) =>
        EffectiveProfile.Resolve(Room, rooms ?? new RoomsOptions(), new NotificationsOptions(), state ?? new RoomProfileState(), Snapshot, Bot);

    private static RoomProfileState Inferred(string platform, params string[] candidates)
    {
        var state = new RoomProfileState();
        state.Apply(new RoomProfileDetails { Cause = RoomProfileDetails.Inferred, Platform = platform, Candidates = candidates });
        return state;
    }

    [Fact]
    public void Resolve_NothingKnown_ClientIsTheAdminsAndContractorTheOtherMembersButNeverTheBot()
    {
        var profile = Resolve();

        Assert.Equal([Creator], profile.ClientAccountIds);
        Assert.Equal([Member], profile.ContractorAccountIds);
        Assert.Equal(new RoomProfileSources(ProfileSource.Default, ProfileSource.Inferred, ProfileSource.Inferred), profile.Sources);
        Assert.Equal(Platform.Other, profile.Platform);
    }

    [Fact]
    public void Resolve_InferredPlatform_IsUsedAndSaysSo()
    {
        var profile = Resolve(state: Inferred("Lancers", "Lancers"));

        Assert.Equal((Platform.Lancers, ProfileSource.Inferred), (profile.Platform, profile.Sources.Platform));
    }

    [Fact]
    public void Resolve_InferenceThatNamedNothing_FallsBackToTheDefaultPlatform()
    {
        var profile = Resolve(new RoomsOptions { DefaultPlatform = Platform.Coconala }, Inferred("Other"));

        Assert.Equal((Platform.Coconala, ProfileSource.Default), (profile.Platform, profile.Sources.Platform));
    }

    [Fact]
    public void Resolve_CommandBeatsInferenceAndConfigurationBeatsCommand()
    {
        var state = Inferred("Lancers", "Lancers");
        state.Apply(new RoomProfileDetails { Cause = RoomProfileDetails.Command, Platform = "Coconala", ContractorAccountIds = [Creator] });
        var configured = new RoomsOptions();
        configured.Profiles["42"] = new RoomProfileOptions { Platform = Platform.CrowdWorks, ClientAccountIds = { Member } };

        var byCommand = Resolve(state: state);
        var byConfiguration = Resolve(configured, state);

        Assert.Equal((Platform.Coconala, ProfileSource.Command), (byCommand.Platform, byCommand.Sources.Platform));
        Assert.Equal([Creator], byCommand.ContractorAccountIds);
        Assert.Equal(ProfileSource.Command, byCommand.Sources.Contractors);
        Assert.Equal((Platform.CrowdWorks, ProfileSource.Configured), (byConfiguration.Platform, byConfiguration.Sources.Platform));
        Assert.Equal([Member], byConfiguration.ClientAccountIds);
        Assert.Equal(ProfileSource.Configured, byConfiguration.Sources.Clients);
        Assert.Equal(ProfileSource.Command, byConfiguration.Sources.Contractors);
    }
}
