using Spd.Domain.Organization;

namespace Spd.Domain.Seeding;

internal sealed record CampusTemplate(string Name, string DepartmentPrefix, string Address);

/// <summary>A clinical specialty with its number of wards (病区) in each profile.</summary>
internal sealed record SpecialtyTemplate(string Name, int DemoWards, int LargeWards)
{
    public int Wards(SeedProfile profile) => profile == SeedProfile.Large ? LargeWards : DemoWards;
}

/// <summary>
/// A platform or administrative department. Those with <see cref="HasWarehouse"/> own a
/// secondary warehouse; <see cref="ExtraWarehouses"/> are further stores they may own when a
/// profile needs more secondary warehouses than wards and platforms give.
/// </summary>
internal sealed record PlatformTemplate(string Name, DepartmentType Type, bool EveryCampus, bool HasWarehouse, bool HostsSmartCabinets, string[] ExtraWarehouses);

internal static class OrganizationTemplates
{
    public const string OutpatientDepartment = "门诊部";

    public static readonly SpecialtyTemplate[] Specialties =
    [
        new("脊柱外科", 3, 3),
        new("关节外科", 3, 3),
        new("创伤骨科", 3, 3),
        new("手足外科", 2, 1),
        new("运动医学科", 1, 1),
        new("骨肿瘤科", 1, 1),
        new("小儿骨科", 1, 1),
        new("老年骨科", 1, 0),
        new("心内科", 1, 6),
        new("神经内科", 1, 5),
        new("普外科", 1, 8),
        new("泌尿外科", 1, 3),
        new("消化内科", 1, 4),
        new("呼吸内科", 1, 4),
        new("内分泌科", 1, 3),
        new("肾内科", 0, 3),
        new("血液内科", 0, 3),
        new("风湿免疫科", 0, 2),
        new("感染内科", 0, 2),
        new("老年医学科", 0, 2),
        new("肿瘤内科", 0, 3),
        new("放疗科", 0, 2),
        new("神经外科", 0, 3),
        new("胸外科", 0, 2),
        new("心外科", 0, 2),
        new("血管外科", 0, 1),
        new("肝胆外科", 0, 2),
        new("乳腺外科", 0, 1),
        new("整形外科", 0, 1),
        new("妇科", 0, 5),
        new("产科", 0, 3),
        new("儿科", 0, 4),
        new("新生儿科", 0, 1),
        new("眼科", 0, 2),
        new("耳鼻喉科", 0, 2),
        new("口腔科", 0, 1),
        new("皮肤科", 0, 1),
        new("中医科", 0, 1),
        new("全科医学科", 0, 1),
        new("变态反应科", 0, 1),
        new("疼痛科", 0, 1),
        new("核医学科", 0, 1),
    ];

    public static readonly PlatformTemplate[] Platforms =
    [
        new("手术室", DepartmentType.MedicalTechnology, true, true, true, ["日间手术室二级库", "手术室骨科植入物二级库", "手术室麻醉耗材二级库"]),
        new("导管室", DepartmentType.MedicalTechnology, false, true, true, ["导管室介入耗材二级库"]),
        new("内镜室", DepartmentType.MedicalTechnology, false, true, false, []),
        new("麻醉科", DepartmentType.Clinical, false, true, false, []),
        new("急诊科", DepartmentType.Clinical, true, true, false, ["急诊抢救室二级库", "急诊输液室二级库"]),
        new("重症医学科(ICU)", DepartmentType.Clinical, true, true, false, []),
        new("检验科", DepartmentType.MedicalTechnology, true, true, false, ["急诊检验室二级库", "微生物室二级库"]),
        new("放射科", DepartmentType.MedicalTechnology, true, true, false, ["介入放射室二级库"]),
        new("超声科", DepartmentType.MedicalTechnology, false, true, false, []),
        new("病理科", DepartmentType.MedicalTechnology, false, true, false, []),
        new("输血科", DepartmentType.MedicalTechnology, false, true, false, []),
        new("康复医学科", DepartmentType.Clinical, false, true, false, []),
        new(OutpatientDepartment, DepartmentType.Clinical, true, true, false, ["门诊注射室二级库", "门诊换药室二级库", "门诊采血室二级库"]),
        new("消毒供应中心", DepartmentType.Support, true, true, false, []),
        new("血液净化中心", DepartmentType.Clinical, false, true, false, []),
        new("体检中心", DepartmentType.Clinical, false, true, false, []),
        new("营养科", DepartmentType.Support, false, false, false, []),
        new("设备科", DepartmentType.Administrative, false, false, false, []),
        new("财务处", DepartmentType.Administrative, false, false, false, []),
        new("医务处", DepartmentType.Administrative, false, false, false, []),
        new("护理部", DepartmentType.Administrative, false, false, false, []),
        new("院长办公室", DepartmentType.Administrative, false, false, false, []),
        new("信息中心", DepartmentType.Administrative, false, false, false, []),
        new("后勤保障处", DepartmentType.Administrative, false, false, false, []),
    ];

    /// <summary>Storage zones of a central warehouse and their racks (货架).</summary>
    public static readonly (string Letter, string Zone, int Racks)[] CentralZones =
    [
        ("A", "常温区", 10),
        ("B", "高值耗材区", 4),
        ("C", "阴凉区", 2),
        ("D", "冷藏区", 1),
    ];

    public static readonly string[] WardNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
}
