using Spd.Domain.Catalog;

namespace Spd.Tests.Domain.Catalog;

public sealed class PinyinTests
{
    [Theory]
    [InlineData("一次性使用无菌注射器", "ycxsywjzsq")]
    [InlineData("医用外科口罩", "yywkkz")]
    [InlineData("全髋系统 陶瓷股骨头", "qkxttcggt")]
    [InlineData("PTCA导丝", "ptcads")]
    [InlineData("检查手套 M#", "jcstm")]
    [InlineData("锁定接骨板 5孔", "sdjgb5k")]
    public void Initials_take_the_first_letter_of_each_reading_and_keep_latin_letters_and_digits(string name, string expected) =>
        Assert.Equal(expected, Pinyin.Initials(name));

    [Fact]
    public void Initials_of_nothing_are_empty()
    {
        Assert.Equal("", Pinyin.Initials(null));
        Assert.Equal("", Pinyin.Initials(""));
        Assert.Equal("", Pinyin.Initials("（）、。"));
    }

    [Fact]
    public void Setting_an_item_name_keeps_its_initials_in_step()
    {
        var item = new Item { Code = "X", Name = "医用棉签", Specification = "10cm", Unit = "包" };
        Assert.Equal("yymq", item.NameInitials);

        item.Name = "医用纱布块";

        Assert.Equal("yysbk", item.NameInitials);
    }
}
