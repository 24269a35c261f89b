using System.Globalization;
using Spd.Domain.Catalog;

namespace Spd.Domain.Seeding;

/// <summary>Product lines; a manufacturer makes one or more of them.</summary>
internal enum ProductFamily
{
    Spine,
    Trauma,
    Joint,
    SportsMedicine,
    BoneGraft,
    Vascular,
    Rhythm,
    Surgery,
    Endoscopy,
    Injection,
    Catheter,
    Airway,
    Monitoring,
    Suture,
    Dressing,
    Protection,
    Specimen,
    Sterilization,
}

/// <summary>
/// A generic product (通用名) with its specification range. Each manufacturer making it turns
/// the range into one SKU per specification. Prices run from <see cref="MinPrice"/> for the
/// first specification to <see cref="MaxPrice"/> for the last, since the lists go from small to large.
/// </summary>
internal sealed record ProductTemplate(
    ProductFamily Family,
    string Name,
    ItemCategory Category,
    string Unit,
    decimal MinPrice,
    decimal MaxPrice,
    string[] Specifications)
{
    public string? PackUnit { get; init; }

    public int PackQuantity { get; init; } = 1;

    /// <summary>Device class I–III: class I is filed (备案) without expiry, II and III are registered (注册证) for five years.</summary>
    public int DeviceClass { get; init; } = 3;

    /// <summary>Subcategory of the 2017 classification catalogue, the two digits after the class in a 注册证 number.</summary>
    public int ClassificationCode { get; init; } = 13;

    public ManagementMode ManagementMode { get; init; } = ManagementMode.StockManaged;

    public TrackingMode TrackingMode { get; init; } = TrackingMode.Bulk;

    public bool IsImplant { get; init; }

    /// <summary>Share of product lines supplied on consignment (寄售): most orthopaedic implants come as loaner sets.</summary>
    public double ConsignmentShare { get; init; }

    public StorageCondition StorageCondition { get; init; } = StorageCondition.Ambient;

    /// <summary>None for implants delivered non-sterile in loaner sets, which are sterilised in the hospital.</summary>
    public int? ShelfLifeMonths { get; init; } = 60;
}

internal static class ProductTemplates
{
    private static readonly string[] Sides = ["左", "右"];

    public static readonly ProductTemplate[] All =
    [
        // 脊柱
        Implant(ProductFamily.Spine, "椎弓根螺钉(万向)", "枚", 1800, 3200, Cross("×", Steps(5.0m, 7.0m, 0.5m, "Φ{0:0.0}"), Steps(35, 55, 5, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "椎弓根螺钉(单轴)", "枚", 1500, 2600, Cross("×", Steps(5.5m, 6.5m, 0.5m, "Φ{0:0.0}"), Steps(30, 50, 5, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "复位螺钉", "枚", 2200, 3500, Cross("×", ["Φ5.5", "Φ6.5"], ["40mm", "45mm", "50mm"])) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "脊柱连接棒", "根", 800, 2500, Cross(" ", Cross("×", ["Φ5.5", "Φ6.0"], ["60mm", "80mm", "100mm", "120mm", "150mm", "200mm", "300mm", "400mm", "500mm"]), ["钛合金", "钴铬合金"])) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "横向连接器", "个", 2000, 3500, ["35-45mm", "45-55mm", "55-70mm", "70-90mm"]) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "腰椎椎间融合器(PEEK)", "个", 6000, 12000, Cross("×", Steps(8, 14, 1, "高{0}mm"), ["22mm", "26mm", "30mm"])),
        Implant(ProductFamily.Spine, "颈椎椎间融合器", "个", 5000, 9000, Cross(" ", Steps(5, 10, 1, "高{0}mm"), ["14×12mm", "16×14mm"])),
        Implant(ProductFamily.Spine, "颈椎前路钢板", "块", 5000, 9000, Steps(20.0m, 57.5m, 2.5m, "{0:0.#}mm")) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "颈椎前路锁定螺钉", "枚", 1200, 1800, Cross("×", ["Φ3.5", "Φ4.0"], Steps(12, 18, 2, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Spine, "人工颈椎间盘", "个", 20000, 35000, Cross(" ", Steps(5, 7, 1, "高{0}mm"), ["14mm", "16mm", "18mm"])),
        HighValue(ProductFamily.Spine, "经皮椎体成形工具包", "套", 4500, 9000, 4, Cross(" ", ["PVP", "PKP"], ["单侧", "双侧"], ["11G", "13G"])) with { ShelfLifeMonths = 36 },
        HighValue(ProductFamily.Spine, "椎体后凸成形球囊导管", "支", 5000, 8000, 4, ["10mm", "15mm", "20mm"]) with { ShelfLifeMonths = 36 },

        // 创伤
        Implant(ProductFamily.Trauma, "锁骨锁定接骨板", "块", 3000, 6000, Cross(" ", Steps(6, 10, 1, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "锁骨钩钢板", "块", 3500, 6000, Cross(" ", Steps(4, 7, 1, "{0}孔"), Sides, ["钩深12mm", "钩深15mm", "钩深18mm"])) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "肱骨近端锁定接骨板", "块", 4000, 8000, Cross(" ", Steps(3, 10, 1, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "桡骨远端锁定接骨板", "块", 3000, 6000, Cross(" ", ["掌侧", "背侧"], Steps(3, 7, 1, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "股骨远端锁定接骨板", "块", 6000, 12000, Cross(" ", Steps(5, 15, 2, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "胫骨近端外侧锁定接骨板", "块", 5000, 10000, Cross(" ", Steps(5, 13, 2, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "胫骨远端内侧锁定接骨板", "块", 5000, 9000, Cross(" ", Steps(5, 13, 2, "{0}孔"), Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "跟骨锁定接骨板", "块", 4000, 7000, Cross(" ", ["小号", "中号", "大号"], Sides)) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "直型锁定加压接骨板", "块", 2500, 6000, Cross(" ", ["窄型", "宽型"], Steps(4, 14, 1, "{0}孔"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "重建锁定接骨板", "块", 2000, 5000, Steps(4, 12, 1, "{0}孔")) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "锁定螺钉", "枚", 500, 900, Join(Cross("×", ["Φ3.5"], Steps(12, 60, 4, "{0}mm")), Cross("×", ["Φ5.0"], Steps(20, 90, 5, "{0}mm")))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "皮质骨螺钉", "枚", 500, 650, Join(Cross("×", ["Φ3.5"], Steps(12, 40, 2, "{0}mm")), Cross("×", ["Φ4.5"], Steps(20, 60, 4, "{0}mm")))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "空心加压螺钉", "枚", 800, 1600, Join(Cross("×", ["Φ4.0"], Steps(20, 48, 4, "{0}mm")), Cross("×", ["Φ6.5", "Φ7.3"], Steps(40, 100, 5, "{0}mm")))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "股骨近端防旋髓内钉(PFNA)", "套", 12000, 22000, Join(Cross("×", Steps(9, 12, 1, "Φ{0}mm"), ["170mm", "200mm", "240mm"]), Cross(" ", Cross("×", Steps(9, 11, 1, "Φ{0}mm"), ["340mm", "380mm", "420mm"]), Sides))),
        Implant(ProductFamily.Trauma, "股骨髓内钉", "根", 8000, 15000, Cross("×", Steps(9, 13, 1, "Φ{0}mm"), Steps(340, 440, 20, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "胫骨髓内钉", "根", 7000, 13000, Cross("×", Steps(8, 12, 1, "Φ{0}mm"), Steps(285, 375, 15, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "肱骨髓内钉", "根", 7000, 12000, Cross("×", Steps(7, 9, 1, "Φ{0}mm"), Steps(180, 260, 20, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "髓内钉锁定螺钉", "枚", 600, 900, Cross("×", ["Φ4.9", "Φ5.0"], Steps(25, 80, 5, "{0}mm"))) with { ShelfLifeMonths = null },
        Implant(ProductFamily.Trauma, "钛缆", "套", 2500, 4000, ["Φ1.0mm", "Φ1.3mm", "Φ1.8mm"]),
        HighValue(ProductFamily.Trauma, "外固定支架", "套", 6000, 15000, 4, Cross(" ", ["单边", "组合式", "环形"], ["成人", "儿童"])) with { ShelfLifeMonths = null },

        // 关节
        Implant(ProductFamily.Joint, "人工髋关节股骨柄(生物型)", "个", 12000, 22000, Cross(" ", Steps(1, 12, 1, "{0}#"), ["标准偏心距", "高偏心距"])),
        Implant(ProductFamily.Joint, "人工髋关节股骨柄(骨水泥型)", "个", 9000, 16000, Cross(" ", Steps(1, 8, 1, "{0}#"), ["标准偏心距", "高偏心距"])),
        Implant(ProductFamily.Joint, "人工髋关节髋臼杯", "个", 10000, 18000, Steps(44, 66, 2, "外径{0}mm")),
        Implant(ProductFamily.Joint, "人工髋关节髋臼内衬", "个", 4000, 12000, Cross(" ", ["高交联聚乙烯", "陶瓷"], ["内径28mm", "内径32mm", "内径36mm"], Steps(44, 64, 4, "外径{0}mm"))),
        Implant(ProductFamily.Joint, "人工髋关节陶瓷股骨头", "个", 8000, 15000, Cross(" ", ["28mm", "32mm", "36mm"], ["S", "M", "L", "XL"])),
        Implant(ProductFamily.Joint, "人工髋关节金属股骨头", "个", 4000, 8000, Cross(" ", ["22mm", "28mm", "32mm", "36mm"], ["S", "M", "L"])),
        Implant(ProductFamily.Joint, "双极人工股骨头", "个", 6000, 12000, Steps(38, 58, 2, "{0}mm")),
        Implant(ProductFamily.Joint, "人工膝关节股骨髁", "个", 15000, 25000, Cross(" ", Steps(1, 8, 1, "{0}#"), Sides, ["后稳定型", "后交叉韧带保留型"])),
        Implant(ProductFamily.Joint, "人工膝关节胫骨平台", "个", 10000, 16000, Steps(1, 8, 1, "{0}#")),
        Implant(ProductFamily.Joint, "人工膝关节胫骨衬垫", "个", 4000, 8000, Cross(" ", Steps(1, 8, 1, "{0}#"), Steps(9, 17, 2, "厚{0}mm"))),
        Implant(ProductFamily.Joint, "人工膝关节髌骨假体", "个", 2000, 4000, Steps(26, 41, 3, "{0}mm")),
        Implant(ProductFamily.Joint, "单髁膝关节假体", "套", 20000, 30000, Cross(" ", Steps(1, 6, 1, "{0}#"), Sides)),
        Implant(ProductFamily.Joint, "人工肩关节肱骨头", "个", 20000, 30000, Steps(40, 54, 2, "{0}mm")),
        Implant(ProductFamily.Joint, "肿瘤型人工关节(定制)", "套", 40000, 60000, Cross(" ", ["股骨近端", "股骨远端", "胫骨近端", "肱骨近端"], ["标准型", "加长型"])),

        // 运动医学
        Implant(ProductFamily.SportsMedicine, "带线锚钉", "枚", 3000, 6000, Cross(" ", ["Φ2.3mm", "Φ2.8mm", "Φ3.5mm", "Φ4.5mm", "Φ5.0mm", "Φ5.5mm"], ["单线", "双线"])),
        Implant(ProductFamily.SportsMedicine, "界面螺钉", "枚", 3000, 6500, Cross(" ", ["可吸收", "PEEK"], Cross("×", Steps(7, 10, 1, "Φ{0}"), ["25mm", "30mm"]))),
        Implant(ProductFamily.SportsMedicine, "带袢钛板", "个", 4500, 7000, Steps(15, 60, 5, "袢长{0}mm")),
        Implant(ProductFamily.SportsMedicine, "全内半月板缝合系统", "套", 5000, 8000, ["直型", "弯型", "反弯型"]),
        HighValue(ProductFamily.SportsMedicine, "关节镜刨削刀头", "支", 800, 2000, 1, Cross(" ", ["Φ3.5mm", "Φ4.0mm", "Φ4.5mm", "Φ5.5mm"], ["全半径", "锯齿", "磨头"])) with { ManagementMode = ManagementMode.StockManaged },
        HighValue(ProductFamily.SportsMedicine, "等离子射频消融刀头", "支", 2000, 4000, 1, Cross(" ", ["直头", "50°", "90°"], ["标准型", "小关节型"])),

        // 骨修复
        Implant(ProductFamily.BoneGraft, "丙烯酸树脂骨水泥", "盒", 800, 2500, Cross(" ", ["20g", "40g"], ["低黏度", "中黏度", "高黏度", "含庆大霉素"])) with { StorageCondition = StorageCondition.Cool, ShelfLifeMonths = 24 },
        Implant(ProductFamily.BoneGraft, "磷酸钙人工骨", "盒", 1500, 6000, Cross(" ", ["颗粒", "块状"], ["0.5g", "1g", "2.5g", "5g"])),
        Implant(ProductFamily.BoneGraft, "同种异体骨", "盒", 1500, 8000, Cross(" ", ["骨粒", "松质骨块", "皮质骨条"], ["1cc", "2.5cc", "5cc", "10cc"])) with { StorageCondition = StorageCondition.Refrigerated, ShelfLifeMonths = 36 },
        Implant(ProductFamily.BoneGraft, "脱钙骨基质(DBM)", "支", 3000, 9000, ["1cc", "2.5cc", "5cc", "10cc"]) with { StorageCondition = StorageCondition.Refrigerated, ShelfLifeMonths = 24 },
        Implant(ProductFamily.BoneGraft, "骨修复材料(矿化胶原)", "盒", 2000, 6000, Cross(" ", ["块状", "颗粒"], ["0.5g", "1g", "2g"])) with { StorageCondition = StorageCondition.Refrigerated, ShelfLifeMonths = 36 },

        // 心血管介入与心律
        HighValue(ProductFamily.Vascular, "PTCA导丝", "根", 600, 2000, 3, Cross(" ", ["0.014英寸"], ["180cm", "190cm", "300cm"], ["软头", "中等硬度", "超硬"])) with { ShelfLifeMonths = 36 },
        HighValue(ProductFamily.Vascular, "PTCA球囊扩张导管", "支", 1500, 5000, 3, Cross("×", Steps(1.25m, 4.0m, 0.25m, "{0:0.00}"), ["10mm", "15mm", "20mm"])) with { ShelfLifeMonths = 36 },
        HighValue(ProductFamily.Vascular, "非顺应性球囊扩张导管", "支", 3000, 6000, 3, Cross("×", Steps(2.0m, 4.5m, 0.5m, "{0:0.00}"), ["8mm", "12mm", "15mm"])) with { ShelfLifeMonths = 36 },
        HighValue(ProductFamily.Vascular, "药物涂层球囊导管", "支", 6000, 9000, 3, Cross("×", Steps(2.0m, 4.0m, 0.5m, "{0:0.0}"), ["15mm", "20mm", "30mm"])) with { ShelfLifeMonths = 24 },
        HighValue(ProductFamily.Vascular, "导引导管", "根", 600, 1200, 3, Cross(" ", ["6F", "7F"], ["JL3.5", "JL4", "JR4", "EBU3.5", "EBU3.75", "AL1"])) with { ShelfLifeMonths = 36 },
        // Since the national volume-based procurement (带量采购) of 2021 a coronary stent costs about CNY 700.
        Implant(ProductFamily.Vascular, "冠状动脉药物洗脱支架系统", "套", 700, 900, Cross("×", ["2.25", "2.5", "2.75", "3.0", "3.5", "4.0"], ["14mm", "18mm", "23mm", "29mm", "33mm"])) with { ShelfLifeMonths = 24 },
        Implant(ProductFamily.Vascular, "房间隔缺损封堵器", "个", 15000, 25000, Steps(10, 40, 2, "{0}mm")) with { ShelfLifeMonths = 36 },
        Implant(ProductFamily.Vascular, "主动脉覆膜支架系统", "套", 40000, 60000, Cross("×", Steps(26, 40, 2, "Φ{0}mm"), ["100mm", "150mm", "200mm"])) with { ShelfLifeMonths = 36 },
        Implant(ProductFamily.Rhythm, "心脏起搏器", "台", 20000, 60000, Cross(" ", ["单腔", "双腔", "三腔(CRT-P)"], ["常规", "MRI兼容"])) with { ShelfLifeMonths = 18 },
        Implant(ProductFamily.Rhythm, "起搏电极导线", "根", 4000, 8000, Cross(" ", ["主动固定", "被动固定"], ["52cm", "58cm"])) with { ShelfLifeMonths = 24 },
        Implant(ProductFamily.Rhythm, "植入式心律转复除颤器(ICD)", "台", 50000, 60000, ["单腔", "双腔"]) with { ShelfLifeMonths = 18 },
        HighValue(ProductFamily.Rhythm, "心脏射频消融导管", "根", 8000, 25000, 1, Cross(" ", ["4mm", "8mm"], ["普通型", "冷盐水灌注", "压力感知"])) with { ShelfLifeMonths = 24 },

        // 普外与止血
        HighValue(ProductFamily.Surgery, "一次性使用管型吻合器", "把", 2500, 5000, 2, Steps(21, 33, 1, "{0}mm")),
        HighValue(ProductFamily.Surgery, "一次性使用直线切割吻合器", "把", 2000, 4000, 2, ["45mm", "60mm", "75mm", "80mm", "100mm"]),
        HighValue(ProductFamily.Surgery, "腔镜直线切割吻合器钉仓", "个", 1500, 3000, 2, Cross(" ", ["45mm", "60mm"], ["白钉", "金钉", "蓝钉", "绿钉", "黑钉"])) with { ManagementMode = ManagementMode.StockManaged },
        HighValue(ProductFamily.Surgery, "超声刀头", "把", 5000, 8000, 1, ["23cm", "36cm", "45cm"]),
        HighValue(ProductFamily.Surgery, "可吸收止血纱布", "片", 500, 1500, 14, ["5cm×7.5cm", "5cm×35cm", "10cm×20cm", "15cm×23cm"]) with { ManagementMode = ManagementMode.StockManaged },
        HighValue(ProductFamily.Surgery, "可吸收止血流体明胶", "支", 1500, 3000, 14, ["5ml", "8ml"]) with { ManagementMode = ManagementMode.StockManaged, StorageCondition = StorageCondition.Cool },
        Implant(ProductFamily.Surgery, "疝修补片", "片", 1500, 8000, ["6cm×11cm", "7.5cm×15cm", "10cm×15cm", "15cm×15cm", "15cm×20cm", "30cm×30cm"]),
        Implant(ProductFamily.Surgery, "疝修补网塞", "个", 2000, 4000, ["S", "M", "L", "XL"]),
        Implant(ProductFamily.Surgery, "生物补片", "片", 8000, 25000, ["4cm×7cm", "6cm×8cm", "7cm×10cm", "10cm×15cm", "10cm×20cm"]) with { StorageCondition = StorageCondition.Refrigerated, ShelfLifeMonths = 24 },
        Implant(ProductFamily.Surgery, "可吸收结扎夹", "盒", 500, 900, ["M", "ML", "L", "XL"]),
        Implant(ProductFamily.Injection, "植入式给药装置(输液港)", "套", 3000, 6000, Cross(" ", ["成人", "儿童"], ["单腔", "双腔"])),
        HighValue(ProductFamily.Injection, "PICC导管套件", "套", 1200, 3000, 14, Cross(" ", ["4Fr", "5Fr"], ["单腔", "双腔"], ["普通型", "耐高压型"])),
        HighValue(ProductFamily.Endoscopy, "ERCP取石网篮", "根", 1500, 3000, 2, Cross(" ", ["4线", "8线"], ["20mm", "25mm", "30mm"])),
        Implant(ProductFamily.Endoscopy, "胆道引流支架", "根", 800, 3500, Cross("×", ["7Fr", "8.5Fr", "10Fr"], ["5cm", "7cm", "9cm", "12cm"])),
        HighValue(ProductFamily.Dressing, "负压封闭引流敷料(VSD)", "套", 600, 1500, 14, ["5cm×5cm", "10cm×7.5cm", "15cm×10cm", "20cm×15cm", "30cm×15cm"]) with { ManagementMode = ManagementMode.StockManaged, ShelfLifeMonths = 36 },

        // 注射输液
        Charged(ProductFamily.Injection, "一次性使用无菌注射器", "支", "盒", 100, 0.3m, 3, 3, 14,
            ["1ml 带针 0.45×16RWLB", "2ml 带针 0.6×25TWLB", "2.5ml 带针 0.6×25TWLB", "5ml 带针 0.6×25TWLB", "10ml 带针 0.7×32TWLB", "20ml 带针 0.8×38TWLB", "30ml 带针 1.2×38TWLB", "50ml 带针 1.2×38TWLB",
             "1ml 不带针", "2ml 不带针", "5ml 不带针", "10ml 不带针", "20ml 不带针", "30ml 不带针", "50ml 螺口 不带针"]),
        Charged(ProductFamily.Injection, "一次性使用无菌注射针", "支", "盒", 100, 0.3m, 0.6m, 3, 14, Cross(" ", ["0.45", "0.5", "0.55", "0.6", "0.7", "0.8", "0.9", "1.2"], ["RWLB", "TWLB"])),
        Charged(ProductFamily.Injection, "一次性使用胰岛素注射器", "支", "盒", 100, 0.5m, 1.5m, 3, 14, ["0.3ml", "0.5ml", "1ml"]),
        Charged(ProductFamily.Injection, "一次性使用输液器 带针", "套", "箱", 200, 1.2m, 18, 3, 14, Cross(" ", ["普通型", "精密过滤5μm", "避光型"], ["0.55", "0.6", "0.7", "0.8", "0.9"])),
        Charged(ProductFamily.Injection, "一次性使用静脉留置针", "支", "盒", 50, 3, 25, 3, 14, Cross(" ", ["直型", "Y型", "密闭式"], ["14G", "16G", "18G", "20G", "22G", "24G", "26G"])),
        Charged(ProductFamily.Injection, "一次性使用静脉输液针", "支", "盒", 100, 0.3m, 0.6m, 3, 14, ["0.45", "0.5", "0.55", "0.6", "0.7", "0.8"]),
        Charged(ProductFamily.Injection, "一次性使用输血器", "套", "箱", 100, 3, 10, 3, 14, Cross(" ", ["普通型", "过滤型"], ["0.9", "1.2"])),
        Charged(ProductFamily.Injection, "一次性使用三通阀", "个", "盒", 50, 3, 15, 2, 14, ["无延长管", "带延长管10cm", "带延长管25cm"]),
        Charged(ProductFamily.Injection, "无针密闭输液接头", "个", "盒", 50, 5, 30, 2, 14, ["正压型", "负压型", "分隔膜型"]),
        Charged(ProductFamily.Injection, "一次性使用静脉营养输液袋", "个", "箱", 50, 15, 40, 2, 14, ["500ml", "1000ml", "3000ml"]),
        Charged(ProductFamily.Injection, "中心静脉导管包", "套", "箱", 10, 150, 300, 3, 14, Cross(" ", ["单腔16G", "双腔7F", "三腔7F"], ["15cm", "20cm"])) with { TrackingMode = TrackingMode.Bulk },

        // 导管引流
        Charged(ProductFamily.Catheter, "一次性使用导尿包", "包", "箱", 50, 15, 60, 2, 14, Cross(" ", ["双腔", "三腔"], Steps(10, 22, 2, "{0}Fr"))),
        Charged(ProductFamily.Catheter, "一次性使用硅胶导尿管", "根", "盒", 10, 8, 40, 2, 14, Cross(" ", ["双腔", "三腔"], Steps(8, 24, 2, "{0}Fr"))) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Catheter, "一次性使用吸痰管", "根", "盒", 100, 0.5m, 3, 2, 14, Cross(" ", Steps(6, 16, 2, "{0}Fr"), ["带控制阀", "不带控制阀"])),
        Charged(ProductFamily.Catheter, "一次性使用吸引管", "根", "箱", 50, 3, 15, 2, 14, Cross(" ", ["1.8m", "2.5m", "3.5m"], ["Φ6mm", "Φ7mm"])),
        Charged(ProductFamily.Catheter, "一次性使用胃管", "根", "盒", 50, 3, 20, 2, 14, Cross(" ", ["单腔", "双腔"], Steps(12, 18, 2, "{0}Fr"))) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Catheter, "一次性使用负压引流器", "套", "箱", 20, 30, 80, 2, 14, Cross(" ", ["200ml", "400ml", "600ml"], ["Φ3mm", "Φ4mm", "Φ5mm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Catheter, "一次性使用引流袋", "个", "箱", 100, 2, 30, 2, 14, Cross(" ", ["1000ml", "2000ml"], ["普通型", "防逆流型", "精密计尿型"])),
        Charged(ProductFamily.Catheter, "一次性使用胸腔引流管", "根", "箱", 20, 20, 60, 2, 14, Steps(16, 32, 4, "{0}Fr")) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Catheter, "一次性使用灌肠包", "包", "箱", 50, 5, 15, 2, 14, ["成人", "儿童", "清洁灌肠型"]),

        // 麻醉呼吸
        Charged(ProductFamily.Airway, "一次性使用气管插管", "根", "盒", 10, 8, 60, 2, 8, Cross(" ", ["普通型", "加强型"], Steps(6.0m, 8.5m, 0.5m, "ID{0:0.0}"))) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Airway, "一次性使用喉罩", "个", "盒", 10, 30, 150, 2, 8, ["1#", "1.5#", "2#", "2.5#", "3#", "4#", "5#"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Airway, "一次性使用麻醉呼吸回路", "套", "箱", 20, 20, 60, 2, 8, Cross(" ", ["成人", "儿童"], ["螺纹管", "伸缩管"])),
        Charged(ProductFamily.Airway, "一次性使用麻醉面罩", "个", "箱", 50, 5, 20, 2, 8, Steps(0, 6, 1, "{0}#")),
        Charged(ProductFamily.Airway, "一次性使用鼻氧管", "根", "箱", 100, 1, 4, 2, 8, Cross(" ", ["成人", "儿童"], ["单鼻塞", "双鼻塞"])),
        Charged(ProductFamily.Airway, "一次性使用雾化器", "套", "箱", 50, 5, 20, 2, 8, Cross(" ", ["成人", "儿童"], ["面罩式", "口含式"])),
        Charged(ProductFamily.Airway, "湿热交换器(人工鼻)", "个", "箱", 50, 10, 30, 2, 8, ["成人", "儿童"]),
        Charged(ProductFamily.Airway, "一次性使用硬膜外麻醉包", "包", "箱", 20, 40, 120, 3, 8, Cross(" ", ["普通型", "加强型"], ["16G", "18G"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Airway, "一次性使用腰硬联合麻醉包", "包", "箱", 20, 80, 160, 3, 8, ["普通型", "加强型"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Airway, "一次性使用神经阻滞针", "支", "盒", 20, 60, 250, 3, 8, Cross(" ", ["22G"], ["50mm", "80mm", "100mm"], ["普通型", "刺激型"])) with { TrackingMode = TrackingMode.Bulk },

        // 监护
        Charged(ProductFamily.Monitoring, "一次性使用心电电极", "片", "包", 50, 0.3m, 1.5m, 2, 7, Cross(" ", ["成人", "儿童", "新生儿"], ["泡棉型", "无纺布型"])),
        Charged(ProductFamily.Monitoring, "一次性使用血氧饱和度传感器", "个", "盒", 10, 60, 200, 2, 7, ["成人", "儿童", "新生儿"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Monitoring, "一次性使用有创压力传感器", "套", "盒", 10, 100, 300, 2, 7, ["单道", "双道", "三道"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Monitoring, "一次性使用无创血压袖带", "个", "盒", 20, 10, 60, 2, 7, Cross(" ", ["成人", "儿童", "新生儿"], ["单管", "双管"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Monitoring, "一次性使用体温探头", "根", "盒", 20, 20, 80, 2, 7, ["食道型", "直肠型", "体表型"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Monitoring, "一次性使用脑电双频指数传感器", "片", "盒", 10, 200, 300, 2, 7, ["成人型", "儿童型"]) with { TrackingMode = TrackingMode.Bulk },

        // 缝合
        Charged(ProductFamily.Suture, "可吸收性外科缝线", "根", "盒", 12, 20, 120, 3, 2, Cross(" ", ["5-0", "4-0", "3-0", "2-0", "0", "1"], ["圆针", "角针"], ["70cm", "90cm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Suture, "不可吸收外科缝线(丝线)", "包", "盒", 12, 2, 15, 2, 2, Cross(" ", ["4-0", "3-0", "2-0", "0", "1"], ["带针", "不带针"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Suture, "聚丙烯不可吸收缝线", "根", "盒", 12, 30, 100, 3, 2, Cross(" ", ["7-0", "6-0", "5-0", "4-0", "3-0", "2-0"], ["单针", "双针"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Suture, "一次性使用皮肤吻合器", "把", "盒", 10, 60, 150, 2, 2, ["35钉", "45钉"]) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Suture, "医用皮肤粘合剂", "支", "盒", 10, 150, 300, 3, 14, ["0.5ml", "1ml"]) with { TrackingMode = TrackingMode.Bulk, ShelfLifeMonths = 24 },

        // 内镜
        Charged(ProductFamily.Endoscopy, "一次性使用活检钳", "把", "盒", 10, 80, 260, 2, 2, Cross(" ", ["Φ1.8mm", "Φ2.3mm", "Φ2.8mm"], ["160cm", "180cm", "230cm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Endoscopy, "一次性使用圈套器", "根", "盒", 10, 150, 300, 2, 2, Steps(10, 30, 5, "{0}mm")) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Endoscopy, "内镜用止血夹", "个", "盒", 10, 100, 300, 2, 2, Cross(" ", ["135°", "235°"], ["8mm", "11mm", "16mm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Endoscopy, "一次性使用内镜注射针", "根", "盒", 10, 100, 200, 2, 2, Cross(" ", ["21G", "23G", "25G"], ["4mm", "5mm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Vascular, "造影导管", "根", "盒", 10, 120, 280, 3, 3, Cross(" ", ["5F", "6F"], ["JL", "JR", "Pigtail", "TIG"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Vascular, "桡动脉穿刺鞘组", "套", "盒", 10, 150, 300, 3, 3, Cross(" ", ["5F", "6F", "7F"], ["7cm", "11cm"])) with { TrackingMode = TrackingMode.Bulk },
        Charged(ProductFamily.Trauma, "克氏针", "根", "包", 10, 8, 40, 3, 13, Cross("×", Steps(1.0m, 3.0m, 0.5m, "Φ{0:0.0}"), ["150mm", "250mm"])) with { IsImplant = true, ShelfLifeMonths = null },

        // 敷料(收费)
        Charged(ProductFamily.Dressing, "医用透明敷贴", "片", "盒", 50, 1, 20, 2, 14, ["6cm×7cm", "10cm×12cm", "10cm×25cm", "15cm×20cm"]),
        Charged(ProductFamily.Dressing, "泡沫敷料", "片", "盒", 10, 20, 150, 2, 14, Cross(" ", ["有边型", "无边型"], ["5cm×5cm", "10cm×10cm", "15cm×15cm", "20cm×20cm"])),
        Charged(ProductFamily.Dressing, "水胶体敷料", "片", "盒", 10, 15, 100, 2, 14, ["5cm×5cm", "10cm×10cm", "15cm×15cm", "20cm×20cm"]),
        Charged(ProductFamily.Dressing, "藻酸盐敷料", "片", "盒", 10, 20, 120, 3, 14, ["5cm×5cm", "10cm×10cm", "10cm×20cm"]),
        Charged(ProductFamily.Dressing, "含银离子敷料", "片", "盒", 10, 80, 280, 3, 14, ["5cm×5cm", "10cm×10cm", "10cm×20cm"]),
        Charged(ProductFamily.Dressing, "医用弹性绷带", "卷", "箱", 100, 3, 15, 1, 14, Cross("×", ["5cm", "7.5cm", "10cm", "15cm"], ["4.5m"])),
        Charged(ProductFamily.Dressing, "医用高分子夹板", "片", "箱", 20, 30, 150, 1, 14, ["7.5cm×30cm", "10cm×35cm", "10cm×50cm", "12.5cm×75cm", "15cm×90cm"]),
        Charged(ProductFamily.Dressing, "医用高分子绷带", "卷", "箱", 20, 20, 70, 1, 14, ["5cm", "7.5cm", "10cm", "12.5cm"]),
        Charged(ProductFamily.Dressing, "一次性使用换药包", "包", "箱", 100, 5, 12, 2, 14, ["普通型", "加强型"]),
        Charged(ProductFamily.Dressing, "一次性使用清创缝合包", "包", "箱", 50, 15, 40, 2, 14, ["普通型", "加强型"]),

        // 检验采样(收费)
        Charged(ProductFamily.Specimen, "一次性使用真空采血管", "支", "盒", 100, 0.3m, 2, 2, 22, Cross(" ", ["2ml", "3ml", "5ml"], ["EDTA-K2", "肝素锂", "枸橼酸钠", "促凝", "分离胶"])),
        Charged(ProductFamily.Specimen, "一次性使用静脉血样采集针", "支", "盒", 100, 0.3m, 1, 2, 22, Cross(" ", ["0.6", "0.7", "0.8"], ["软连接式", "笔式"])),
        Charged(ProductFamily.Specimen, "一次性使用末梢采血针", "支", "盒", 200, 0.3m, 0.5m, 2, 22, ["21G", "23G", "26G", "28G"]),
        Charged(ProductFamily.Specimen, "病毒采样管", "支", "盒", 50, 3, 10, 1, 22, Cross(" ", ["3ml", "5ml"], ["灭活型", "非灭活型"])),

        // 敷料与护理(不收费)
        Uncharged(ProductFamily.Dressing, "医用纱布块", "片", "包", 100, 0.1m, 1.5m, 2, 14, Cross(" ", ["5cm×5cm-8层", "5cm×7cm-8层", "7.5cm×7.5cm-8层", "10cm×10cm-8层", "10cm×10cm-12层"], ["灭菌", "非灭菌"])),
        Uncharged(ProductFamily.Dressing, "医用棉签", "包", "箱", 100, 0.5m, 3, 1, 14, Cross(" ", ["7.5cm", "10cm", "15cm"], ["单头", "双头"], ["灭菌", "非灭菌"])),
        Uncharged(ProductFamily.Dressing, "医用纱布块(带显影线)", "包", "箱", 50, 2, 12, 2, 14, Cross(" ", ["10cm×10cm-8层", "30cm×30cm-4层", "40cm×40cm-4层"], ["5片/包", "10片/包"])),
        Uncharged(ProductFamily.Dressing, "医用腹部垫", "片", "包", 10, 2, 8, 2, 14, ["20cm×30cm", "30cm×40cm", "40cm×40cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用无菌治疗巾", "张", "箱", 100, 1, 5, 2, 14, ["50cm×60cm", "60cm×80cm", "80cm×100cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用手术洞巾", "张", "箱", 50, 2, 10, 2, 14, ["30cm×40cm", "50cm×60cm", "60cm×80cm", "120cm×200cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用口腔护理包", "包", "箱", 100, 2, 6, 1, 14, ["普通型", "带吸引型"]),
        Uncharged(ProductFamily.Dressing, "一次性使用备皮包", "包", "箱", 100, 2, 6, 1, 14, ["普通型", "带剃毛刀"]),
        Uncharged(ProductFamily.Dressing, "医用冰袋", "个", "箱", 50, 2, 10, 1, 14, ["S", "M", "L"]),
        Uncharged(ProductFamily.Dressing, "医用棉球", "包", "箱", 100, 0.5m, 4, 1, 14, Cross(" ", ["0.5g×20粒", "1g×10粒"], ["灭菌", "非灭菌"])),
        Uncharged(ProductFamily.Dressing, "医用脱脂棉", "包", "箱", 20, 8, 20, 1, 14, ["250g", "500g"]),
        Uncharged(ProductFamily.Dressing, "医用胶带", "卷", "盒", 12, 1, 8, 1, 14, Cross(" ", ["纸质", "无纺布", "PE透明"], ["1.25cm×9.1m", "2.5cm×9.1m", "5cm×9.1m"])),
        Uncharged(ProductFamily.Dressing, "医用纱布绷带", "卷", "包", 10, 0.5m, 2, 1, 14, ["6cm×600cm", "8cm×600cm", "10cm×600cm"]),
        Uncharged(ProductFamily.Dressing, "医用棉垫", "片", "包", 10, 1, 5, 1, 14, ["10cm×20cm", "20cm×30cm", "30cm×40cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用医用垫单", "张", "箱", 100, 1, 4, 1, 14, ["60cm×60cm", "60cm×90cm", "80cm×180cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用碘伏棉签", "包", "箱", 50, 1, 3, 2, 14, Cross(" ", ["8cm", "10cm"], ["3支装", "10支装"])),
        Uncharged(ProductFamily.Dressing, "一次性使用消毒棉片", "片", "盒", 100, 0.1m, 0.3m, 1, 14, ["3cm×6cm", "6cm×6cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用护理垫", "片", "包", 10, 1, 3, 1, 14, ["S", "M", "L"]),
        Uncharged(ProductFamily.Dressing, "一次性使用压脉带", "根", "包", 100, 0.3m, 1, 1, 14, ["2.5cm×35cm", "2.5cm×45cm"]),
        Uncharged(ProductFamily.Dressing, "一次性使用压舌板", "支", "盒", 100, 0.1m, 0.3m, 1, 7, ["木质", "塑料"]),
        Uncharged(ProductFamily.Dressing, "医用超声耦合剂", "瓶", "箱", 24, 3, 40, 1, 6, ["250ml", "5L"]),
        Uncharged(ProductFamily.Dressing, "一次性使用无菌手术包", "包", "箱", 10, 30, 120, 2, 14, ["骨科手术包", "通用手术包", "腔镜手术包", "关节镜手术包"]),
        Uncharged(ProductFamily.Protection, "一次性使用无菌手术衣", "件", "箱", 30, 8, 30, 2, 14, Cross(" ", ["M", "L", "XL"], ["普通型", "加强型"])),

        // 防护(不收费)
        Uncharged(ProductFamily.Protection, "医用外科口罩", "只", "盒", 50, 0.3m, 1, 2, 14, Cross(" ", ["17.5cm×9.5cm", "14.5cm×9.5cm"], ["挂耳式", "绑带式"])) with { TrackingMode = TrackingMode.Pack, ShelfLifeMonths = 24 },
        Uncharged(ProductFamily.Protection, "医用防护口罩", "只", "盒", 20, 2, 8, 2, 14, Cross(" ", ["折叠式", "杯罩式"], ["挂耳式", "头戴式"])) with { ShelfLifeMonths = 24 },
        Uncharged(ProductFamily.Protection, "一次性使用医用口罩", "只", "盒", 50, 0.1m, 0.3m, 2, 14, ["17.5cm×9.5cm", "14.5cm×9.5cm"]) with { ShelfLifeMonths = 24 },
        Uncharged(ProductFamily.Protection, "一次性使用医用橡胶检查手套", "只", "盒", 100, 0.2m, 0.5m, 2, 14, Cross(" ", ["S#", "M#", "L#", "XL#"], ["有粉", "无粉"])) with { TrackingMode = TrackingMode.Pack, ShelfLifeMonths = 36 },
        Uncharged(ProductFamily.Protection, "一次性使用丁腈检查手套", "只", "盒", 100, 0.2m, 0.6m, 2, 14, Cross(" ", ["S#", "M#", "L#", "XL#"], ["蓝色", "紫色"])) with { TrackingMode = TrackingMode.Pack, ShelfLifeMonths = 36 },
        Uncharged(ProductFamily.Protection, "一次性使用PVC检查手套", "只", "盒", 100, 0.1m, 0.3m, 1, 14, ["S#", "M#", "L#", "XL#"]) with { ShelfLifeMonths = 36 },
        Uncharged(ProductFamily.Protection, "一次性使用灭菌橡胶外科手套", "副", "盒", 50, 1.5m, 4, 2, 14, Cross(" ", ["6.0", "6.5", "7.0", "7.5", "8.0", "8.5"], ["有粉", "无粉"])) with { TrackingMode = TrackingMode.Pack, ShelfLifeMonths = 36 },
        Uncharged(ProductFamily.Protection, "一次性使用医用帽", "只", "包", 100, 0.1m, 0.5m, 1, 14, Cross(" ", ["圆帽", "条形帽"], ["普通型", "加大型"])),
        Uncharged(ProductFamily.Protection, "一次性使用隔离衣", "件", "箱", 50, 3, 12, 1, 14, ["M", "L", "XL"]),
        Uncharged(ProductFamily.Protection, "医用一次性防护服", "件", "箱", 20, 5, 25, 2, 14, Steps(160, 185, 5, "{0}")),
        Uncharged(ProductFamily.Protection, "一次性使用鞋套", "双", "包", 100, 0.1m, 0.5m, 1, 14, ["普通型", "加厚型"]),
        Uncharged(ProductFamily.Protection, "医用隔离面罩", "个", "箱", 100, 1, 5, 1, 14, ["头戴式", "眼镜式"]),
        Uncharged(ProductFamily.Protection, "医用护目镜", "副", "箱", 50, 5, 20, 1, 14, Cross(" ", ["普通型", "防雾型"], ["松紧带", "镜腿式"])),
        Uncharged(ProductFamily.Protection, "一次性使用PE手套", "只", "包", 100, 0.02m, 0.1m, 1, 14, ["S", "M", "L"]),
        Uncharged(ProductFamily.Protection, "一次性使用防水围裙", "件", "包", 50, 0.5m, 2, 1, 14, ["普通型", "加长型"]),

        // 检验与供应室(不收费)
        Uncharged(ProductFamily.Specimen, "一次性使用尿液收集杯", "个", "箱", 500, 0.1m, 0.5m, 1, 22, ["40ml", "100ml"]),
        Uncharged(ProductFamily.Specimen, "一次性使用采样拭子", "支", "盒", 100, 0.3m, 1, 1, 22, ["鼻咽拭子", "口咽拭子"]),
        Uncharged(ProductFamily.Specimen, "一次性使用标本袋", "个", "包", 100, 0.1m, 0.5m, 1, 22, ["S", "M", "L"]),
        Uncharged(ProductFamily.Specimen, "一次性使用离心管", "支", "包", 500, 0.05m, 1, 1, 22, Cross(" ", ["1.5ml", "2ml", "5ml", "10ml", "15ml", "50ml"], ["圆底", "尖底"])),
        Uncharged(ProductFamily.Specimen, "移液器吸头", "支", "盒", 96, 0.05m, 0.5m, 1, 22, Cross(" ", ["10μl", "200μl", "1000μl"], ["带滤芯", "不带滤芯"])),
        Uncharged(ProductFamily.Specimen, "载玻片", "片", "盒", 50, 0.1m, 0.6m, 1, 22, Cross(" ", ["普通型", "防脱型"], ["磨砂", "不磨砂"])),
        Uncharged(ProductFamily.Specimen, "盖玻片", "片", "盒", 100, 0.05m, 0.2m, 1, 22, ["18mm×18mm", "22mm×22mm", "24mm×50mm"]),
        Uncharged(ProductFamily.Specimen, "一次性使用痰液收集器", "个", "箱", 100, 1, 5, 1, 22, ["普通型", "负压型"]),
        Uncharged(ProductFamily.Sterilization, "纸塑灭菌包装袋", "卷", "箱", 2, 60, 220, 1, 11, Cross("×", ["7.5cm", "10cm", "15cm", "20cm", "25cm", "30cm"], ["200m"])),
        Uncharged(ProductFamily.Sterilization, "医用皱纹纸", "张", "包", 250, 0.5m, 3, 1, 11, ["60cm×60cm", "75cm×75cm", "90cm×90cm", "120cm×120cm"]),
        Uncharged(ProductFamily.Sterilization, "压力蒸汽灭菌化学指示卡", "片", "盒", 250, 0.2m, 0.8m, 1, 11, ["第4类", "第5类", "第6类"]),
        Uncharged(ProductFamily.Sterilization, "医用无纺布灭菌包布", "张", "包", 100, 1, 6, 1, 11, ["60cm×60cm", "90cm×90cm", "120cm×120cm"]),
        Uncharged(ProductFamily.Sterilization, "灭菌指示胶带", "卷", "箱", 50, 5, 15, 1, 11, ["12mm×50m", "19mm×50m", "25mm×50m"]),
        Uncharged(ProductFamily.Sterilization, "压力蒸汽灭菌生物指示剂", "支", "盒", 50, 5, 25, 2, 11, ["1小时判读", "3小时判读", "24小时判读"]),
        Uncharged(ProductFamily.Sterilization, "BD测试包", "包", "箱", 30, 15, 40, 1, 11, ["一次性使用", "重复使用型"]),
        Uncharged(ProductFamily.Sterilization, "纸塑灭菌平袋", "袋", "箱", 1000, 0.1m, 1, 1, 11, ["90mm×260mm", "135mm×280mm", "200mm×330mm", "250mm×380mm", "300mm×430mm"]),
    ];

    private static double ConsignmentShareOf(ProductFamily family) => family switch
    {
        ProductFamily.Spine or ProductFamily.Trauma or ProductFamily.Joint or ProductFamily.SportsMedicine or ProductFamily.BoneGraft => 0.85,
        ProductFamily.Rhythm => 0.5,
        ProductFamily.Vascular => 0.3,
        _ => 0,
    };

    private static ProductTemplate HighValue(ProductFamily family, string name, string unit, decimal min, decimal max, int classification, string[] specifications) =>
        new(family, name, ItemCategory.HighValue, unit, min, max, specifications)
        {
            ClassificationCode = classification,
            ManagementMode = ManagementMode.OrderLinked,
            TrackingMode = TrackingMode.Unique,
            ConsignmentShare = ConsignmentShareOf(family),
        };

    private static ProductTemplate Implant(ProductFamily family, string name, string unit, decimal min, decimal max, string[] specifications) =>
        HighValue(family, name, unit, min, max, family == ProductFamily.Rhythm ? 12 : 13, specifications) with { IsImplant = true };

    private static ProductTemplate Charged(
        ProductFamily family, string name, string unit, string packUnit, int packQuantity, decimal min, decimal max, int deviceClass, int classification, string[] specifications) =>
        new(family, name, ItemCategory.LowValueCharged, unit, min, max, specifications)
        {
            PackUnit = packUnit,
            PackQuantity = packQuantity,
            DeviceClass = deviceClass,
            ClassificationCode = classification,
            TrackingMode = TrackingMode.Pack,
            ShelfLifeMonths = 36,
        };

    private static ProductTemplate Uncharged(
        ProductFamily family, string name, string unit, string packUnit, int packQuantity, decimal min, decimal max, int deviceClass, int classification, string[] specifications) =>
        new(family, name, ItemCategory.LowValueUncharged, unit, min, max, specifications)
        {
            PackUnit = packUnit,
            PackQuantity = packQuantity,
            DeviceClass = deviceClass,
            ClassificationCode = classification,
            ShelfLifeMonths = 36,
        };

    private static string[] Steps(decimal from, decimal to, decimal step, string format)
    {
        var values = new List<string>();
        for (var value = from; value <= to; value += step)
        {
            values.Add(string.Format(CultureInfo.InvariantCulture, format, value));
        }

        return [.. values];
    }

    private static string[] Cross(string separator, params string[][] parts) =>
        parts.Aggregate(new[] { "" }, (left, right) => [.. left.SelectMany(l => right.Select(r => l.Length == 0 ? r : l + separator + r))]);

    private static string[] Join(params string[][] parts) => [.. parts.SelectMany(p => p)];
}
