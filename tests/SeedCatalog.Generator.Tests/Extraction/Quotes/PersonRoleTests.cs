using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// A person's role comes from a title or an apposition of their own; a relation to someone else
/// (<c>ambtgenoot</c>, <c>counterpart</c>) is no role; a subheading may give the role the body leaves out.
/// Our own sentences, in the patterns real news shows.
/// </summary>
public class PersonRoleTests
{
    private static string? RoleOf(string seed, string name)
        => Assert.Single(SeedPath.Read("roles", seed).Article!.People, p => p.Name == name).Role;

    [Theory]
    [InlineData(" date 2023-04 Burgemeester Anouk Verbeek ontving dinsdag haar Vlaamse ambtgenoot Pieter Claessens in het stadhuis.\n\nZe spraken over de haven.", "Pieter Claessens")]
    [InlineData(" date 2023-04 Minister Sanne de Wit sprak in Berlijn met haar collega Jonas Keller.\n\nHet ging over energie.", "Jonas Keller")]
    [InlineData(" date 2023-04 Foreign minister Clara Holm met her Danish counterpart Mads Iversen in Oslo on Monday.\n\nThey discussed fishing rights.", "Mads Iversen")]
    public void A_relation_to_someone_else_is_no_role(string seed, string name)
        => Assert.Null(RoleOf(seed, name));

    [Theory]
    [InlineData(" date 2023-04 Burgemeester Anouk Verbeek ontving dinsdag haar Vlaamse ambtgenoot Pieter Claessens in het stadhuis.\n\nZe spraken over de haven.", "Anouk Verbeek", "burgemeester")]
    [InlineData(" date 2023-04 Foreign minister Clara Holm met her Danish counterpart Mads Iversen in Oslo on Monday.\n\nThey discussed fishing rights.", "Clara Holm", "minister")]
    public void The_person_with_a_title_keeps_it(string seed, string name, string role)
        => Assert.Equal(role, RoleOf(seed, name));

    [Theory]
    [InlineData(" date 2023-04 De wethouder sprak met haar ambtgenoot Pieter Claessens uit Gent.\n\nHet gesprek duurde een uur.\n\nOok burgemeester Claessens was blij\n\nHij noemde het bezoek nuttig.", "Pieter Claessens", "burgemeester")]
    [InlineData(" date 2023-04 The minister met her counterpart Mads Iversen in Oslo.\n\nThe talks lasted an hour.\n\nTalks with governor Iversen\n\nHe called the visit useful.", "Mads Iversen", "governor")]
    public void A_subheading_gives_the_role_the_body_leaves_out(string seed, string name, string role)
        => Assert.Equal(role, RoleOf(seed, name));

    [Theory]
    [InlineData(" date 2023-04 De wethouder sprak met haar ambtgenoot Pieter Claessens uit Gent.\n\nHet gesprek duurde een uur.\n\nOok burgemeester Janssens was blij\n\nHij noemde het bezoek nuttig.", "Pieter Claessens")]
    [InlineData(" date 2023-04 The minister met her counterpart Mads Iversen in Oslo.\n\nThe talks lasted an hour.\n\nTalks with her colleague Iversen\n\nHe called the visit useful.", "Mads Iversen")]
    public void A_subheading_role_before_another_name_or_a_relation_gives_none(string seed, string name)
        => Assert.Null(RoleOf(seed, name));
}
